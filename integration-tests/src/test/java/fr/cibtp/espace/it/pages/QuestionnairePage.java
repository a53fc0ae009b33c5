package fr.cibtp.espace.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** "Aide à la création de votre espace sécurisé": who the person is; a cabinet comptable is warned first. */
public class QuestionnairePage extends CibtpPage {

    private static final By CABINET_WARNING = By.id("cibtp-cabinet-warning");

    public QuestionnairePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "cibtp-enrollment-questionnaire";
    }

    /** "Un cabinet comptable", Valider: the same screen then shows the warning. */
    public QuestionnairePage answerCabinet() {
        answer("cabinet");
        await(CABINET_WARNING);
        return this;
    }

    public String cabinetWarning() {
        return driver.findElement(CABINET_WARNING).getText();
    }

    /** "Précédent", from the cabinet warning back to the choice. */
    public QuestionnairePage goBack() {
        driver.findElement(By.id("cibtp-previous")).click();
        await(By.id("profil-adherent"));
        return this;
    }

    /** "Une entreprise adhérente", Valider. */
    public IdentificationPage answerAdherent() {
        answer("adherent");
        return next(IdentificationPage.class);
    }

    /** "Un salarié", Valider: step 1 asks the salarié's identifiant and code, without SIRET. */
    public IdentificationPage answerSalarie() {
        answer("salarie");
        return next(IdentificationPage.class);
    }

    private void answer(String profile) {
        // The radio itself is hidden behind its styled label, as a person sees it.
        driver.findElement(By.cssSelector("label[for=profil-" + profile + "]")).click();
        driver.findElement(By.id("cibtp-validate")).click();
    }
}
