package fr.cibtp.espace.it.pages;

import java.time.Duration;
import java.util.List;

import fr.cibtp.espace.it.support.Waiting;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Qui est connecté ?": the cibtp claim explained line by line, the rights, the token and the delegation API. */
public class PortalHomePage extends PortalPage {

    public PortalHomePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    protected String template() {
        return "accueil";
    }

    /** The value shown for a field of the claim ("site.nom", "role", "acr"…). */
    public String value(String field) {
        return line(field).findElement(By.className("valeur")).getText();
    }

    /** What the page says the field means. */
    public String meaning(String field) {
        return line(field).findElement(By.className("sens")).getText();
    }

    /** The line of a right ("Mes comptes bancaires Mise à jour"), or null when the claim gives none. */
    public String right(String feature) {
        List<WebElement> found = shown(By.cssSelector("#droits li[data-droit='" + feature + "']"));
        return found.isEmpty() ? null : found.get(0).getText();
    }

    /** What the page says after an action (the refresh), or "" when it says nothing. */
    public String notice() {
        List<WebElement> found = shown(By.id("avis"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** "Appeler l'API : mes sites": the answer as the page shows it, once it has come. */
    public String callDelegationApi() {
        driver.findElement(By.id("appel-api")).click();
        Waiting.upTo(driver.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("statut-api")));
        return driver.findElement(By.id("resultat-api")).getText();
    }

    public PortalHomePage refreshToken() {
        return follow("rafraichir", PortalHomePage.class);
    }

    /** "Nouvelles coordonnées bancaires": the step-up's SMS page, the page itself, or its refusal. */
    public <P extends CibtpPage> P bankDetails(Class<P> next) {
        return follow("coordonnees-bancaires", next);
    }

    /** "Changer de tiers": Keycloak's site chooser. */
    public SiteChoicePage switchSite() {
        return follow("changer-de-tiers", SiteChoicePage.class);
    }

    private WebElement line(String field) {
        return driver.findElement(By.cssSelector(".ligne[data-champ='" + field + "']"));
    }
}
