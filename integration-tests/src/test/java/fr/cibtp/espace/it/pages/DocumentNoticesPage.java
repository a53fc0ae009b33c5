package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** "Notification des documents": by email, by SMS (SMS only with a certified mobile). */
public class DocumentNoticesPage extends CibtpPage {

    public DocumentNoticesPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-document-notifications";
    }
}
