package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** "Relier ProConnect à votre Espace sécurisé": the first ProConnect sign-in, linked by the account's password. */
public class ProConnectLinkPage extends CibtpPage {

    public ProConnectLinkPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-proconnect-link";
    }

    /** The sentence naming the ProConnect identity. */
    public String intro() {
        return driver.findElement(By.id("cibtp-proconnect-intro")).getText();
    }

    /** The address the page typed for the person (ProConnect's). */
    public String username() {
        return driver.findElement(By.id("username")).getAttribute("value");
    }

    public String usernameError() {
        return driver.findElement(By.id("input-error-username")).getText();
    }

    /** What the page says to a person without an Espace sécurisé. */
    public String noSpace() {
        return driver.findElement(By.id("cibtp-proconnect-no-space")).getText();
    }

    /** Types the account's password and links; {@code next} is this page again (refused) or the sign-in's next step. */
    public <P extends CibtpPage> P link(String password, Class<P> next) {
        driver.findElement(By.id("password")).sendKeys(password);
        return follow("kc-login", next);
    }
}
