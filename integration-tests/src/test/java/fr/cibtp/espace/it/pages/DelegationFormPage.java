package fr.cibtp.espace.it.pages;

import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** "Ajout de délégation": the person, the Administrateur box, the collèges and the rights matrix, used with the keyboard. */
public class DelegationFormPage extends CibtpPage {

    @FindBy(id = "email")
    private WebElement email;

    @FindBy(id = "nom")
    private WebElement lastName;

    @FindBy(id = "prenom")
    private WebElement firstName;

    @FindBy(id = "admin")
    private WebElement admin;

    public DelegationFormPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-rights-form";
    }

    /** A date field as the browser shows it: its type, its value and its placeholder. */
    public List<String> dateField(String name) {
        WebElement field = driver.findElement(By.id(name));
        return List.of(field.getAttribute("type"), field.getAttribute("value"), field.getAttribute("placeholder"));
    }

    public DelegationFormPage fillPerson(String address, String nom, String prenom) {
        email.sendKeys(address);
        lastName.sendKeys(nom);
        firstName.sendKeys(prenom);
        return this;
    }

    /** The radio atop a column ("aucun", "consultation", "mise_a_jour"), pressed with the space bar. */
    public DelegationFormPage setEveryFeature(String mode) {
        driver.findElement(By.id("all-" + mode)).sendKeys(Keys.SPACE);
        return this;
    }

    /** The Administrateur box, toggled with the space bar. */
    public DelegationFormPage toggleAdministrator() {
        admin.sendKeys(Keys.SPACE);
        return this;
    }

    public DelegationFormPage showAdministrator() {
        scrollTo(admin);
        return this;
    }

    public DelegationFormPage set(String feature, String mode) {
        radio(feature, mode).sendKeys(Keys.SPACE);
        return this;
    }

    public WebElement radio(String feature, String mode) {
        return driver.findElement(By.id("droit_" + feature + "_" + mode));
    }

    /** How many of the inputs {@code css} selects are checked. */
    public int checked(String css) {
        return (int) driver.driver().findElements(By.cssSelector(css)).stream().filter(WebElement::isSelected).count();
    }

    /** "Enregistrer" with the Enter key: back to the list. */
    public RightsListPage submitWithKeyboard() {
        driver.findElement(By.id("cibtp-submit")).sendKeys(Keys.ENTER);
        return next(RightsListPage.class);
    }
}
