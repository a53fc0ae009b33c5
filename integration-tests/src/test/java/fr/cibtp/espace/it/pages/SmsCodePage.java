package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** "Code de sécurité par SMS": the second factor a portal asks with acr_values=sms. */
public class SmsCodePage extends CibtpPage {

    public SmsCodePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-sms-otp";
    }
}
