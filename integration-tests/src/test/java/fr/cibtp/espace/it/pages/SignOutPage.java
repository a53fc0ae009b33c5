package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** Keycloak's "Vous déconnecter ?": the confirmation of a sign-out. */
public class SignOutPage extends CibtpPage {

    public SignOutPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "logout-confirm";
    }

    /** Confirms: the session ends and the page asks to sign in again. */
    public SignInPage confirm() {
        return follow("kc-logout", SignInPage.class);
    }
}
