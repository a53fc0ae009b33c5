package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Keycloak's information page: what an email's link did, or the link to follow to confirm it. */
public class InfoPage extends CibtpPage {

    public InfoPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "info";
    }

    /** Follows the page's link (the confirmation asked when a link is opened in another browser): the next information. */
    public InfoPage follow() {
        WebElement link = driver.findElement(By.cssSelector("#kc-info-message a"));
        link.click();
        return nextAfterLeaving(link, InfoPage.class);
    }
}
