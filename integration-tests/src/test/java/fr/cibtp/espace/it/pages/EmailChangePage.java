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

    /** Asks for {@code newEmail}, typing the password: the same screen then waits for the link sent to it. */
    public EmailChangePage request(String password, String newEmail) {
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("email")).sendKeys(newEmail);
        driver.findElement(By.id("emailConfirm")).sendKeys(newEmail);
        driver.findElement(By.id("cibtp-validate")).click();
        await(By.id("cibtp-email-change-pending"));
        return this;
    }

    /** While waiting for the link: cancels the change; the same screen then says the old address stays. */
    public EmailChangePage cancel() {
        driver.findElement(By.id("cibtp-cancel-change")).click();
        await(By.id("cibtp-email-change-cancelled"));
        return this;
    }

    public boolean asksNewAddress() {
        return driver.findElement(By.id("email")).isDisplayed();
    }

    public boolean asksPassword() {
        return !driver.driver().findElements(By.id("password")).isEmpty();
    }
}
