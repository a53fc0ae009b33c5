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
        return (int) shown(By.cssSelector(css)).stream().filter(WebElement::isSelected).count();
    }

    /** Empties the field {@code id} ("email", "nom", "telephone_mobile", "date_effet"...), then types {@code value}. */
    public DelegationFormPage type(String id, String value) {
        fill(id, value);
        return this;
    }

    /** What the field {@code id} holds. */
    public String value(String id) {
        return attribute(id, "value");
    }

    /** An attribute of the field {@code id} ("aria-invalid", "type", "placeholder"). */
    public String attribute(String id, String name) {
        return driver.findElement(By.id(id)).getAttribute(name);
    }

    /** The label of the field {@code id}. */
    public String label(String id) {
        return driver.findElement(By.cssSelector("label[for=" + id + "]")).getText().strip();
    }

    /** What is wrong with the field {@code id}, said next to it (the form's own "-error" line); "" when nothing is. */
    @Override
    public String fieldError(String id) {
        return textOrEmpty(By.id(id + "-error"));
    }

    /** The message at the top of the form (a refusal, a mail that could not be sent), or "". */
    public String feedback() {
        return textOrEmpty(By.className("kc-feedback-text"));
    }

    /** The form's hidden state checker, which a form posted from elsewhere lacks. */
    public String stateChecker() {
        return driver.findElement(By.name("stateChecker")).getAttribute("value");
    }

    /** Clicks every collège box (all are ticked at first: none then). */
    public DelegationFormPage clickEveryCollege() {
        shown(By.cssSelector("input[name=colleges]")).forEach(WebElement::click);
        return this;
    }

    /** How many collège boxes are ticked. */
    public int tickedColleges() {
        return shown(By.cssSelector("input[name=colleges]:checked")).size();
    }

    /** Clicks the radio of {@code feature} in the column {@code mode}. */
    public DelegationFormPage choose(String feature, String mode) {
        radio(feature, mode).click();
        return this;
    }

    public boolean isChosen(String feature, String mode) {
        return radio(feature, mode).isSelected();
    }

    public boolean canChange(String feature, String mode) {
        return radio(feature, mode).isEnabled();
    }

    /** Whether the form offers the Administrateur box. */
    public boolean offersAdministrator() {
        return has("admin");
    }

    /** "Modifier", on the view of a delegation: the same form, to change. */
    public DelegationFormPage modify() {
        return follow("cibtp-modify", DelegationFormPage.class);
    }

    /** "Enregistrer", the form refused: the same form again, with what was typed and why. */
    public DelegationFormPage submitRefused() {
        return follow("cibtp-submit", DelegationFormPage.class);
    }

    /** "Enregistrer": back to the list. */
    public RightsListPage submit() {
        return follow("cibtp-submit", RightsListPage.class);
    }

    /** "Annuler": back to the list, nothing stored. */
    public RightsListPage cancel() {
        return follow("cibtp-cancel", RightsListPage.class);
    }

    /** "Enregistrer" with the Enter key: back to the list. */
    public RightsListPage submitWithKeyboard() {
        driver.findElement(By.id("cibtp-submit")).sendKeys(Keys.ENTER);
        return next(RightsListPage.class);
    }
}
