package fr.cibtp.espace.it.pages;

import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Modifier contact": Keycloak's profile update with our user profile (names and the fixed phone). */
public class ContactUpdatePage extends CibtpPage {

    public ContactUpdatePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "login-update-profile";
    }

    /** The ids of the name fields, in the page's order. */
    public List<String> nameFields() {
        return shown(By.cssSelector("#lastName, #firstName")).stream().map(field -> field.getAttribute("id")).toList();
    }

    /** Whether the mobile or the address is a field of this form. */
    public boolean asksMobileOrEmail() {
        return !shown(By.cssSelector("input[name=phoneNumber], input[name=email]")).isEmpty();
    }

    /** "Attention ! Tous les champs marqués d'un * sont obligatoires." */
    public String requiredNote() {
        return textOf("cibtp-required-note");
    }

    /** The mobile, shown but not a field. */
    public String mobile() {
        return textOf("cibtp-contact-mobile");
    }

    public String changeMobileLabel() {
        return textOf("cibtp-contact-change-mobile");
    }

    /** "Modifier téléphone mobile": its own change, which first asks the certified mobile. */
    public MobileConfirmationPage changeMobile() {
        return follow("cibtp-contact-change-mobile", MobileConfirmationPage.class);
    }

    public ContactUpdatePage lastName(String lastName) {
        return type("lastName", lastName);
    }

    /** Empties the field {@code id} ("lastName", "landlineNumber"...), then types {@code value}. */
    public ContactUpdatePage type(String id, String value) {
        fill(id, value);
        return this;
    }

    /** Whether the address can be edited here. */
    public boolean editsEmail() {
        return !shown(By.cssSelector("input#email:not([readonly]):not([disabled])")).isEmpty();
    }

    /** Whether the mobile can be edited here. */
    public boolean editsMobile() {
        return !shown(By.cssSelector("input#phoneNumber:not([readonly]):not([disabled])")).isEmpty();
    }

    /** Submits: back to the account. */
    public MyAccountPage submit() {
        return submit(MyAccountPage.class);
    }

    /** Submits; {@code next} is this form again (refused) or where the action leads. */
    public <P extends CibtpPage> P submit(Class<P> next) {
        WebElement submit = driver.findElement(By.cssSelector("[type=submit]"));
        submit.click();
        return nextAfterLeaving(submit, next);
    }

    /** Submits, the last step of a portal's sign-in: waits for the portal's redirect URI. */
    public String submitBackToPortal() {
        driver.findElement(By.cssSelector("[type=submit]")).click();
        return awaitRedirectTo(REDIRECT_URI);
    }
}
