package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** "Relier ProConnect à votre Espace sécurisé": the first ProConnect sign-in, linked by the account's password. */
public class ProConnectLinkPage extends CibtpPage {

    public ProConnectLinkPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-proconnect-link";
    }
}
