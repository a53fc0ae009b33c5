package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** "Certification du numéro de téléphone": a first mobile, certified by a code sent to it. */
public class PhoneCertificationPage extends CibtpPage {

    private static final By CODE_SENT_TO = By.id("cibtp-code-sent-to");

    public PhoneCertificationPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-phone-certification";
    }

    /** Types the number and asks for the code: the same screen then asks for the code. */
    public PhoneCertificationPage sendCodeTo(String mobile) {
        driver.findElement(By.id("mobile")).sendKeys(mobile);
        driver.findElement(By.id("cibtp-send")).click();
        await(CODE_SENT_TO);
        return this;
    }

    public String codeSentTo() {
        return driver.findElement(CODE_SENT_TO).getText();
    }

    /** Types the code and presses Enter: the sign-in goes on, back to the portal; returns the URL it lands on. */
    public String enterCode(String code) {
        driver.findElement(By.id("code")).sendKeys(code, Keys.ENTER);
        return awaitRedirectTo(REDIRECT_URI);
    }
}
