package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Code de sécurité par SMS": the second factor a portal asks with acr_values=sms. It opens on why a code is asked
 * and its "Recevoir le code par SMS" button ({@link #receiveCode()}); then the code's field.
 */
public class SmsCodePage extends CibtpPage {

    public SmsCodePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-sms-otp";
    }

    /** "Recevoir le code par SMS": the code is sent, and the page shows its field. */
    public SmsCodePage receiveCode() {
        WebElement send = driver.findElement(By.id("cibtp-send"));
        send.click();
        return nextAfterLeaving(send, SmsCodePage.class);
    }

    /** "Renvoyer un code": the page comes back, with a new code sent or a message saying why not. */
    public SmsCodePage resend() {
        WebElement resend = driver.findElement(By.id("cibtp-resend"));
        resend.click();
        return nextAfterLeaving(resend, SmsCodePage.class);
    }

    /** Whether the page offers "Utiliser ma clé d'accès". */
    public boolean offersPasskey() {
        return !shown(By.id("cibtp-use-passkey")).isEmpty();
    }

    /** "Utiliser ma clé d'accès", the last step of a portal's sign-in: waits for the portal's redirect URI. */
    public String usePasskeyBackToPortal() {
        driver.findElement(By.id("cibtp-use-passkey")).click();
        return awaitRedirectTo(REDIRECT_URI);
    }

    /** "Utiliser ma clé d'accès"; {@code next} is where the sign-in goes on. */
    public <P extends CibtpPage> P usePasskey(Class<P> next) {
        WebElement use = driver.findElement(By.id("cibtp-use-passkey"));
        use.click();
        return nextAfterLeaving(use, next);
    }

    /** Why the code is asked, before it is sent. */
    public String why() {
        return driver.findElement(By.id("cibtp-code-why")).getText();
    }

    /** Types the code received by SMS and validates; {@code next} is where the sign-in goes on. */
    public <P extends CibtpPage> P enterCode(String code, Class<P> next) {
        driver.findElement(By.id("code")).sendKeys(code);
        WebElement validate = driver.findElement(By.id("cibtp-validate"));
        validate.click();
        return nextAfterLeaving(validate, next);
    }

    /** Types the code and validates, the last step of a portal's sign-in: waits for the portal's redirect URI. */
    public String enterCodeBackToPortal(String code) {
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.id("cibtp-validate")).click();
        return awaitRedirectTo(REDIRECT_URI);
    }
}
