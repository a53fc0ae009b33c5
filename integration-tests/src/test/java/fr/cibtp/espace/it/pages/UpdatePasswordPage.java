package fr.cibtp.espace.it.pages;

import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Keycloak's new password form, where the reset link leads. */
public class UpdatePasswordPage extends CibtpPage {

    public UpdatePasswordPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "login-update-password";
    }

    /**
     * The form an emailed link (an invitation, a reset) leads to: at once, or through Keycloak's list of the actions the
     * link asks for, with its link to proceed.
     */
    public static UpdatePasswordPage fromLink(ManagedWebDriver driver) {
        if (shows(driver, UpdatePasswordPage.class)) {
            return on(driver, UpdatePasswordPage.class);
        }
        return on(driver, InfoPage.class).proceed(UpdatePasswordPage.class);
    }

    /** Types the new password twice and submits; waits until the browser has left the form, wherever it leads. */
    public void updateAndLeave(String password) {
        fill("password-new", password);
        fill("password-confirm", password);
        clickAndLeave("kc-submit");
    }

    /** Types the new password twice and submits; {@code next} is where the action leads. */
    public <P extends CibtpPage> P update(String password, Class<P> next) {
        driver.findElement(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        return follow("kc-submit", next);
    }

    /** Types the new password twice and submits, the last step of a portal's sign-in: waits for the portal's redirect URI. */
    public String updateBackToPortal(String password) {
        driver.findElement(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        driver.findElement(By.id("kc-submit")).click();
        return awaitRedirectTo(REDIRECT_URI);
    }

    /** The messages at the top of the form (why a password is refused). */
    public List<String> messages() {
        return shown(By.cssSelector(".pf-v5-c-alert__title")).stream().map(WebElement::getText).toList();
    }

    /** The password rule, above the fields. */
    public String rule() {
        return driver.findElement(By.id("cibtp-password-rule")).getText();
    }
}
