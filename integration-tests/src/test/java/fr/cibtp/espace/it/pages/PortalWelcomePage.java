package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** The demo portal before sign-in. */
public class PortalWelcomePage extends PortalPage {

    public PortalWelcomePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "bienvenue";
    }

    /** "Se connecter": Keycloak's login page of the portal's space. */
    public SignInPage signIn() {
        return follow("connexion", SignInPage.class);
    }
}
