package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** "Notification des documents": by email, by SMS (SMS only with a certified mobile). */
public class DocumentNoticesPage extends CibtpPage {

    public DocumentNoticesPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-document-notifications";
    }

    /** Whether the SMS box can be ticked. */
    public boolean offersSms() {
        return driver.findElement(By.id("canal-sms")).isEnabled();
    }

    /** Ticks, or unticks, the box of a channel ("email", "sms"). */
    public DocumentNoticesPage toggle(String channel) {
        driver.findElement(By.id("canal-" + channel)).click();
        return this;
    }

    /** "Valider": back to the account's tab. */
    public MyAccountPage validate() {
        return follow("cibtp-validate", MyAccountPage.class);
    }
}
