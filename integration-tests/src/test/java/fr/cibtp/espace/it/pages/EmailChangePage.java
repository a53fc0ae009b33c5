package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** "Modifier mon adresse électronique": the new address, and the password unless the mobile stood in for it. */
public class EmailChangePage extends CibtpPage {

    public EmailChangePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-email-change";
    }

    public boolean asksNewAddress() {
        return driver.findElement(By.id("email")).isDisplayed();
    }

    public boolean asksPassword() {
        return !driver.driver().findElements(By.id("password")).isEmpty();
    }
}
