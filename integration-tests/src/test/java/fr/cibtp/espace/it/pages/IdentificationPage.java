package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** Enrollment step 1/2: the identifiant, SIRET and code of the postal letter. */
public class IdentificationPage extends CibtpPage {

    @FindBy(id = "identifiant")
    private WebElement identifiant;

    @FindBy(id = "siret")
    private WebElement siret;

    @FindBy(id = "code")
    private WebElement code;

    @FindBy(id = "cibtp-validate")
    private WebElement validate;

    public IdentificationPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-enrollment-identification";
    }

    /** {@code siretOnLetter} is null for a salarié, whose letter has none. */
    public IdentificationPage fillLetter(String identifiantOnLetter, String siretOnLetter, String codeOnLetter) {
        identifiant.sendKeys(identifiantOnLetter);
        if (siretOnLetter != null) {
            siret.sendKeys(siretOnLetter);
        }
        code.sendKeys(codeOnLetter);
        return this;
    }

    public AccountCreationPage submit() {
        validate.click();
        return next(AccountCreationPage.class);
    }

    /** Valider, where {@code next} follows: step 2 of an enrollment, or the existing space's sign-in of an association. */
    public <P extends CibtpPage> P submit(Class<P> next) {
        validate.click();
        return next(next);
    }

    /** What the field {@code id} holds, as shown back after a refusal. */
    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }
}
