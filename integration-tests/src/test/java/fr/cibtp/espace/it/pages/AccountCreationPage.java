package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** Enrollment step 2/2: the email, the password (with its show button) and the mobile of the new account. */
public class AccountCreationPage extends CibtpPage {

    @FindBy(id = "email")
    private WebElement email;

    @FindBy(id = "emailConfirm")
    private WebElement emailConfirm;

    @FindBy(id = "password")
    private WebElement password;

    @FindBy(id = "password-show-password")
    private WebElement showPassword;

    @FindBy(id = "passwordConfirm")
    private WebElement passwordConfirm;

    @FindBy(id = "mobile")
    private WebElement mobile;

    @FindBy(id = "cibtp-validate")
    private WebElement validate;

    public AccountCreationPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-enrollment-account";
    }

    public AccountCreationPage fillEmail(String address) {
        email.sendKeys(address);
        emailConfirm.sendKeys(address);
        return this;
    }

    public AccountCreationPage fillPassword(String secret) {
        password.sendKeys(secret);
        return this;
    }

    public AccountCreationPage showPassword() {
        showPassword.click();
        return this;
    }

    /** "password" while hidden, "text" once shown. */
    public String passwordFieldType() {
        return password.getAttribute("type");
    }

    public AccountCreationPage fillPasswordConfirm(String secret) {
        passwordConfirm.sendKeys(secret);
        return this;
    }

    public AccountCreationPage fillMobile(String number) {
        mobile.sendKeys(number);
        return this;
    }

    /** Valider, where {@code next} follows (the page saying the activation email could not be sent, say). */
    public <P extends CibtpPage> P submit(Class<P> next) {
        validate.click();
        return next(next);
    }

    /** Whether "Certifier" shows next to the mobile. */
    public boolean certifyShown() {
        return driver.findElement(By.id("cibtp-certify")).isDisplayed();
    }

    /** "Certifier" next to the mobile: the account is created and the code sent by SMS is asked for. */
    public PhoneCertificationPage certifyMobile() {
        driver.findElement(By.id("cibtp-certify")).click();
        return next(PhoneCertificationPage.class);
    }

    /** "Certifier", the form refused: this step again, saying what is missing. */
    public AccountCreationPage certifyMobileRefused() {
        return follow("cibtp-certify", AccountCreationPage.class);
    }

    /** The legend of the form's second group ("Informations de contact"). */
    public String contactLegend() {
        return driver.findElement(By.cssSelector("#cibtp-account fieldset:nth-of-type(2) legend")).getText();
    }

    /** What the page says of the emails the account will receive. */
    public String emailNotice() {
        return driver.findElement(By.id("cibtp-email-notice")).getText();
    }

    public VerifyEmailPage submit() {
        validate.click();
        return next(VerifyEmailPage.class);
    }

    /** "Étape 2/2 : …", under the title. */
    public String subtitle() {
        return driver.findElement(By.cssSelector("h2.cibtp-subtitle")).getText();
    }

    /** What the field {@code id} holds (the names are filled in from the registry). */
    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }
}
