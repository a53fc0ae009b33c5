package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * "Mot de passe oublié ?": "Quelle est votre situation ?", then option 2, "Demande d'un nouveau code confidentiel",
 * and its answer, all three drawn from one template.
 */
public class ForgotPasswordPage extends CibtpPage {

    private static final By CODE_REQUEST = By.id("cibtp-code-request");

    public ForgotPasswordPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-forgot-chooser";
    }

    /** Option 1, "J'ai créé mon espace et j'ai oublié mon mot de passe": Keycloak's reset by email link. */
    public ResetPasswordPage resetByEmail() {
        choose("mot-de-passe");
        return next(ResetPasswordPage.class);
    }

    /** Option 2: the same screen then asks for the identifiant. */
    public ForgotPasswordPage requestNewCode() {
        choose("code");
        await(CODE_REQUEST);
        return this;
    }

    /** Asks a new code for {@code identifiant}: the same screen then says the request is recorded. */
    public ForgotPasswordPage requestCodeFor(String identifiant) {
        WebElement field = driver.findElement(By.id("identifiant"));
        field.sendKeys(identifiant);
        driver.findElement(By.id("cibtp-request-code")).click();
        await(By.id("cibtp-code-requested"));
        return this;
    }

    private void choose(String situation) {
        // The radio itself is hidden behind its styled label, as a person sees it.
        driver.findElement(By.cssSelector("label[for=situation-" + situation + "]")).click();
        driver.findElement(By.id("cibtp-validate")).click();
    }

    /** "Valider" with no situation chosen: the same page, saying what to do. */
    public ForgotPasswordPage validateWithoutChoice() {
        return follow("cibtp-validate", ForgotPasswordPage.class);
    }

    /**
     * Asks a new code for {@code identifiant}, put in the field as a script would (past the field's own length
     * limit): the same screen, with the answer or what is wrong.
     */
    public ForgotPasswordPage requestCodeAsSent(String identifiant) {
        WebElement field = driver.findElement(By.id("identifiant"));
        field.clear();
        ((JavascriptExecutor) driver.driver()).executeScript("arguments[0].value = arguments[1];", field, identifiant);
        return follow("cibtp-request-code", ForgotPasswordPage.class);
    }
}
