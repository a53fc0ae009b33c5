package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** "Téléphone mobile non certifié": the SMS step-up asked of an account without a certified mobile. */
public class NoMobilePage extends CibtpPage {

    public NoMobilePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-sms-otp-no-mobile";
    }

    /** What the page says to do: certify a mobile first. */
    public String explanation() {
        return driver.findElement(By.id("cibtp-no-certified-mobile")).getText();
    }
}
