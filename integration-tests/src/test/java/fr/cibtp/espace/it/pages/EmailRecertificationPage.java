package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** "Certification de votre adresse électronique" during the grace period: a link was sent, the user may go on. */
public class EmailRecertificationPage extends CibtpPage {

    public EmailRecertificationPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-email-recertification";
    }

    /** Why the address is to be certified again, and from when the account is blocked. */
    public String notice() {
        return driver.findElement(By.id("cibtp-recertification")).getText();
    }

    /** The sentence naming the address the link went to. */
    public String linkSent() {
        return driver.findElement(By.id("cibtp-link-sent")).getText();
    }

    /** "Continuer", the last step of a portal's sign-in: waits for the portal's redirect URI. */
    public String continueBackToPortal() {
        driver.findElement(By.id("cibtp-continue")).click();
        return awaitRedirectTo(REDIRECT_URI);
    }
}
