package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The end of an enrollment that does not sign in: a site associated, or an activation email that could not be sent. */
public class EnrollmentDonePage extends CibtpPage {

    public EnrollmentDonePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-enrollment-done";
    }

    /** Keeps the page on screen: the association's page goes back to the login page by itself after a few seconds. */
    public EnrollmentDonePage stay() {
        ((JavascriptExecutor) driver.driver()).executeScript("for (let t = setTimeout(() => {}, 0); t > 0; t--) clearTimeout(t);");
        assertCurrent();
        return this;
    }

    /** What the page says of the site associated. */
    public String associated() {
        return driver.findElement(By.id("cibtp-associated")).getText();
    }

    /** "Se connecter": the login page. */
    public SignInPage toLogin() {
        return follow("cibtp-to-login", SignInPage.class);
    }
}
