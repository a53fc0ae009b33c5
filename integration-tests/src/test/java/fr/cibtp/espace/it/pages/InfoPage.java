package fr.cibtp.espace.it.pages;

import java.util.List;

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

    /** What the page says (its information, not an alert). */
    public String info() {
        return driver.findElement(By.id("kc-info-message")).getText();
    }

    /** The link in the page's message ("Accéder à mon Espace sécurisé"): its words and where it leads. */
    public List<String> messageLink() {
        WebElement link = driver.findElement(By.cssSelector("#kc-info-message a"));
        return List.of(link.getText(), link.getAttribute("href"));
    }

    /** The link to proceed with the actions an emailed link asks for (Keycloak lists them first); {@code next}: the first action. */
    public <P extends CibtpPage> P proceed(Class<P> next) {
        WebElement link = driver.findElement(By.cssSelector("main a[href*=action-token]"));
        link.click();
        return nextAfterLeaving(link, next);
    }

    /** Follows the page's link (the confirmation asked when a link is opened in another browser): the next information. */
    public InfoPage follow() {
        WebElement link = driver.findElement(By.cssSelector("#kc-info-message a"));
        link.click();
        return nextAfterLeaving(link, InfoPage.class);
    }
}
