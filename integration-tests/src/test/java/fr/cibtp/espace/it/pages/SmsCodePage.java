package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Code de sécurité par SMS": the second factor a portal asks with acr_values=sms. */
public class SmsCodePage extends CibtpPage {

    public SmsCodePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-sms-otp";
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
