package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Finalisation de l'ouverture de compte": Keycloak's email verification, worded for a new account. */
public class VerifyEmailPage extends CibtpPage {

    public VerifyEmailPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "login-verify-email";
    }

    /** « Cliquez ici »: the activation link asked again; the same page comes back. */
    public VerifyEmailPage sendAgain() {
        WebElement link = driver.findElement(By.cssSelector("#kc-info a, .instruction a"));
        link.click();
        return nextAfterLeaving(link, VerifyEmailPage.class);
    }
}
