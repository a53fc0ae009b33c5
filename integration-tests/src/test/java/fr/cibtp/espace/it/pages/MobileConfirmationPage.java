package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The certified mobile stands in for the password: a code sent to it, then typed. */
public class MobileConfirmationPage extends CibtpPage {

    private static final By CODE_SENT_TO = By.id("cibtp-code-sent-to");

    @FindBy(id = "cibtp-current-mobile")
    private WebElement currentMobile;

    public MobileConfirmationPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-mobile-confirmation";
    }

    /** The sentence naming the mobile, masked but for its last digits. */
    public String currentMobile() {
        return currentMobile.getText();
    }

    /** "Envoyer un code à ce numéro": the same screen then asks for the code. */
    public MobileConfirmationPage sendCode() {
        driver.findElement(By.id("cibtp-send-current")).click();
        await(CODE_SENT_TO);
        return this;
    }

    /** "Je n'ai plus accès à ce mobile": the same screen then says a link went to the account's email. */
    public MobileConfirmationPage lostMobile() {
        driver.findElement(By.id("cibtp-lost")).click();
        await(By.id("cibtp-reset-link-sent"));
        return this;
    }

    /** "Je n'ai plus accès à ce mobile" when no link can be sent (the account's mails of the day are spent): the same screen, saying why. */
    public MobileConfirmationPage lostMobileRefused() {
        return follow("cibtp-lost", MobileConfirmationPage.class);
    }

    public String codeSentTo() {
        return driver.findElement(CODE_SENT_TO).getText();
    }

    /** Types the code and clicks "Valider"; {@code next} is the screen the confirmation leads to. */
    public <P extends CibtpPage> P validate(String code, Class<P> next) {
        fill("code", code);
        return follow("cibtp-validate", next);
    }

    /** Types the code and presses Enter; {@code next} is the screen the confirmation leads to. */
    public <P extends CibtpPage> P enterCode(String code, Class<P> next) {
        driver.findElement(By.id("code")).sendKeys(code, Keys.ENTER);
        return next(next);
    }

    /** The sentence saying where the link went (the account's email). */
    public String resetLinkSent() {
        return driver.findElement(By.id("cibtp-reset-link-sent")).getText();
    }
}
