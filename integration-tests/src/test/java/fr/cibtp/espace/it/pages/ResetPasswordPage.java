package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** Keycloak's "Mot de passe oublié ?" form: the address the reset link is sent to. */
public class ResetPasswordPage extends CibtpPage {

    public ResetPasswordPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "login-reset-password";
    }

    /** Sends the link to {@code email}: back to the login page, which says an email is on its way. */
    public SignInPage sendLinkTo(String email) {
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.cssSelector("[type=submit]")).click();
        return next(SignInPage.class);
    }

    /** "Veuillez saisir votre e-mail…", above the field. */
    public String instruction() {
        return driver.findElement(By.id("cibtp-reset-instruction")).getText();
    }

    /** The address field's label, its spaces as one. */
    public String usernameLabel() {
        return driver.findElement(By.cssSelector("label[for=username]")).getText().replaceAll("\\s+", " ");
    }

    public String validateLabel() {
        return driver.findElement(By.id("cibtp-validate")).getText();
    }

    public String cancelLabel() {
        return driver.findElement(By.id("cibtp-cancel")).getText();
    }

    /** The title of the help block ("Besoin d'aide ?"). */
    public String helpTitle() {
        return driver.findElement(By.id("cibtp-help-title")).getText();
    }

    /** "Valider" with the field left empty: the same form, saying what is missing. */
    public ResetPasswordPage validateEmpty() {
        return follow("cibtp-validate", ResetPasswordPage.class);
    }

    /** What is wrong with the address, said next to its field; "" when nothing is. */
    public String usernameError() {
        return textOrEmpty(By.id("input-error-username"));
    }
}
