package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** "Finalisation de l'ouverture de compte": Keycloak's email verification, worded for a new account. */
public class VerifyEmailPage extends CibtpPage {

    public VerifyEmailPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "login-verify-email";
    }
}
