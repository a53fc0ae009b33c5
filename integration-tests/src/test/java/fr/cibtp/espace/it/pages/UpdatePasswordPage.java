package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** Keycloak's new password form, where the reset link leads. */
public class UpdatePasswordPage extends CibtpPage {

    public UpdatePasswordPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "login-update-password";
    }
}
