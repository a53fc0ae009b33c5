package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.Chromium;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * "Gérer les droits d'accès" on a 360-pixel-wide phone in headless Chromium: the site's administrator opens the page
 * (sign-in on the way), adds a delegation to a new email with the keyboard (after trying the column radios and the
 * Administrateur box), then closes it. Screenshots land in target/screenshots.
 */
@KeycloakIntegrationTest
class RightsPageInChromiumTest {

    private static final String PASSWORD = "Chantier-Metz-2026";
    private static final List<String> THREE = List.of("situation-compte", "planning", "documents");
    private static WebDriver chromium;

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.phone(360, 800);
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    void anAdministratorAddsADelegationWithTheKeyboardOnAPhoneThenClosesIt() throws IOException {
        RegistryApi registry = new RegistryApi(realm);
        String backOffice = registry.serviceAccountToken("back-office-rights-page", true);
        String cabinet = Sites.cabinet(registry, backOffice, "COMPTAGESTION");
        String holderEmail = CibtpRealm.uniqueEmail("page-adherent");
        String holder = CibtpRealm.createUser(realm, holderEmail, PASSWORD, false);
        String site = Sites.linked(registry, backOffice, holder, "MAÇONNERIE DU PAYS MESSIN", 1, cabinet).get(0);

        chromium.get(realm.getBaseUrl() + "/cibtp-delegations/droits-acces");
        assertTitle("Connexion à votre espace CIBTP", "the page signs the browser in first");
        chromium.findElement(By.id("username")).sendKeys(holderEmail);
        chromium.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);

        assertTitle("Gérer les droits d'accès");
        assertTrue(text("cibtp-rights-site").contains("MAÇONNERIE DU PAYS MESSIN"), "acts for the site chosen at sign-in");
        assertEquals("Vous n'avez défini aucune délégation à votre cabinet comptable.", text("cibtp-cabinet-none"));
        assertTrue(text("cibtp-cabinet-title").contains("COMPTAGESTION"));
        assertFitsTheScreen();
        screenshot("droits-1-liste-vide");

        chromium.findElement(By.id("cibtp-add")).click();
        assertTitle("Ajout de délégation");
        String email = CibtpRealm.uniqueEmail("page-delegue");
        chromium.findElement(By.id("email")).sendKeys(email);
        chromium.findElement(By.id("nom")).sendKeys("BERTRAND");
        chromium.findElement(By.id("prenom")).sendKeys("Claire");
        assertEquals(3, checked("input[name=colleges]"), "the three collèges are checked by default");

        chromium.findElement(By.id("all-consultation")).sendKeys(Keys.SPACE);
        assertEquals(17, checked("input[name^=droit_][value=consultation]"), "a column radio sets every feature");
        chromium.findElement(By.id("admin")).sendKeys(Keys.SPACE);
        assertFalse(radio("informations-adherent", "aucun").isEnabled(), "Administrateur locks the matrix");
        assertTrue(radio("informations-adherent", "mise_a_jour").isSelected(), "... at Mise à jour");
        assertTrue(radio("situation-compte", "consultation").isSelected(), "... or the most a consultation-only feature allows");
        ((JavascriptExecutor) chromium).executeScript("arguments[0].scrollIntoView();", chromium.findElement(By.id("admin")));
        screenshot("droits-2-administrateur");
        chromium.findElement(By.id("admin")).sendKeys(Keys.SPACE);
        assertTrue(radio("informations-adherent", "aucun").isEnabled());
        chromium.findElement(By.id("all-aucun")).sendKeys(Keys.SPACE);
        assertEquals(17, checked("input[name^=droit_][value=aucun]"));
        for (String feature : THREE) {
            radio(feature, "consultation").sendKeys(Keys.SPACE);
        }
        screenshot("droits-3-ajout");
        chromium.findElement(By.id("cibtp-submit")).sendKeys(Keys.ENTER);

        assertTitle("Gérer les droits d'accès");
        assertTrue(chromium.findElement(By.className("kc-feedback-text")).getText().startsWith("La délégation est enregistrée."));
        WebElement row = chromium.findElement(By.xpath("//tr[td[contains(., '" + email + "')]]"));
        assertTrue(row.getText().contains("Actif"), row.getText());
        assertNotNull(EnrollmentPages.lastLinkSentTo(mail, email), "the invitee got the activation email");
        String invitee = realm.admin().users().searchByEmail(email, true).get(0).getId();
        JsonNode rights = registry.probe("delegated-rights", Map.of("userId", invitee, "site", site));
        assertEquals(THREE.stream().sorted().toList(), iterable(rights.get("droits").fieldNames()));
        rights.get("droits").forEach(mode -> assertEquals("consultation", mode.asText()));
        assertFitsTheScreen();
        ((JavascriptExecutor) chromium).executeScript("arguments[0].scrollIntoView();", row);
        screenshot("droits-4-liste");

        row.findElement(By.cssSelector("a[id^=close-]")).click();
        assertTitle("Fermeture de délégation");
        assertTrue(text("cibtp-question").contains(email));
        chromium.findElement(By.id("cibtp-submit")).click();
        assertEquals("La délégation est fermée.", chromium.findElement(By.className("kc-feedback-text")).getText());
        assertTrue(chromium.findElement(By.xpath("//tr[td[contains(., '" + email + "')]]")).getText().contains("Fermé"));
        assertEquals(0, registry.probe("delegated-rights", Map.of("userId", invitee, "site", site)).get("droits").size(),
                "a closed delegation gives nothing");
        screenshot("droits-5-fermee");
    }

    private void assertFitsTheScreen() {
        assertEquals(360L, ((JavascriptExecutor) chromium).executeScript("return window.innerWidth;"));
        long overflow = (Long) ((JavascriptExecutor) chromium).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "the page scrolls sideways by " + overflow + " px at 360 px");
    }

    private WebElement radio(String feature, String mode) {
        return chromium.findElement(By.id("droit_" + feature + "_" + mode));
    }

    private int checked(String css) {
        return (int) chromium.findElements(By.cssSelector(css)).stream().filter(WebElement::isSelected).count();
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> all = new java.util.ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }

    /** The page title reads {@code expected} once the next page is there: never the title of the page being left. */
    private void assertTitle(String expected, String... why) {
        Chromium.assertTitle(chromium, expected, why);
    }

    private String text(String id) {
        return chromium.findElement(By.id(id)).getText();
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(chromium, name);
    }
}
