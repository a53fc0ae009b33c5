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
        fill("mobile", mobile);
        driver.findElement(By.id("cibtp-send")).click();
        await(CODE_SENT_TO);
        return this;
    }

    /** Types a number the page refuses and asks for the code: the same screen, saying why next to the field. */
    public PhoneCertificationPage sendCodeRefused(String mobile) {
        fill("mobile", mobile);
        return follow("cibtp-send", PhoneCertificationPage.class);
    }

    /** What is wrong with the number, said next to its field. */
    public String mobileError() {
        return textOf("input-error-mobile");
    }

    /** What is wrong with the code, said next to its field. */
    public String codeError() {
        return textOf("input-error-code");
    }

    /** "Renvoyer un code": the same screen, with a new code sent or a message saying why not. */
    public PhoneCertificationPage resend() {
        return follow("cibtp-resend", PhoneCertificationPage.class);
    }

    /** Types the code and clicks "Valider", the last step of a portal's sign-in: waits for the portal's redirect URI. */
    public String validateBackToPortal(String code) {
        fill("code", code);
        driver.findElement(By.id("cibtp-validate")).click();
        return awaitRedirectTo(REDIRECT_URI);
    }

    public String codeSentTo() {
        return driver.findElement(CODE_SENT_TO).getText();
    }

    /** "Annuler": back where the certification was asked from. */
    public <P extends CibtpPage> P cancel(Class<P> next) {
        return follow("cibtp-cancel", next);
    }

    public String cancelLabel() {
        return textOf("cibtp-cancel");
    }

    /** Types the code and clicks "Valider"; {@code next} is where the certification leads. */
    public <P extends CibtpPage> P validate(String code, Class<P> next) {
        fill("code", code);
        return follow("cibtp-validate", next);
    }

    /** Types the code and presses Enter: the sign-in goes on, back to the portal; returns the URL it lands on. */
    public String enterCode(String code) {
        driver.findElement(By.id("code")).sendKeys(code, Keys.ENTER);
        return awaitRedirectTo(REDIRECT_URI);
    }

    /** Where the form posts (the action URL with this sign-in's session code). */
    public String formAction() {
        return driver.findElement(By.id("cibtp-phone-certification")).getAttribute("action");
    }

    /** "Plus tard": the mobile stays uncertified; {@code next} is where the sign-in goes on. */
    public <P extends CibtpPage> P later(Class<P> next) {
        return follow("cibtp-later", next);
    }
}
