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
}
