package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** "Téléphone mobile non certifié": the SMS step-up asked of an account without a certified mobile. */
public class NoMobilePage extends CibtpPage {

    public NoMobilePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-sms-otp-no-mobile";
    }
}
