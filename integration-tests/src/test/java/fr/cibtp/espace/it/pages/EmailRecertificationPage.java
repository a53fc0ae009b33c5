package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** "Certification de votre adresse électronique" during the grace period: a link was sent, the user may go on. */
public class EmailRecertificationPage extends CibtpPage {

    public EmailRecertificationPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-email-recertification";
    }
}
