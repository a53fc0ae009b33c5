package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** "Vous êtes déconnecté": where Keycloak's logout sends the browser back. */
public class PortalGoodbyePage extends PortalPage {

    public PortalGoodbyePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "au-revoir";
    }

    /** "Se connecter à nouveau": Keycloak's login page, since its session is over. */
    public SignInPage signInAgain() {
        return follow("connexion", SignInPage.class);
    }
}
