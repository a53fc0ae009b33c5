package fr.cibtp.espace.it.pages;

import fr.cibtp.espace.it.support.Waiting;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The HTML part of an email, opened in the browser from a file, as a mail client shows it. It has no template id:
 * the page is the email once the browser shows the file it was given.
 */
public class MailPage extends CibtpPage {

    public MailPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "email";
    }

    @Override
    public String getExpectedPageId() {
        return null;
    }

    @Override
    public void assertCurrent() {
        Waiting.upTo(driver.driver(), java.time.Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith("file:")
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }
}
