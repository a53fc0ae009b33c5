package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.Letters;

/** "Je crée mon espace sécurisé" step by step, each step on the node the browser is sent to. */
final class Enrollments {

    static final String PASSWORD = EnrollmentPages.PASSWORD;
    static final String STEP_TWO = "Étape 2/2 : Saisie des informations de contact et de connexion";

    private Enrollments() {
    }

    /** A new site in the registry, through {@code node}: its letters. */
    static Letters newSite(ClusterNode node) {
        Letters.NewSite site = Letters.newSite();
        Apis.importRegistry(node, site.ndjson());
        return site.letters();
    }

    /** The login page, "Créer mon espace sécurisé", the questionnaire: step 1 is shown. */
    static void openStepOne(Browser browser, Portals portal, ClusterNode node) {
        browser.open(portal.signInUrl(node));
        browser.click("cibtp-enroll");
        browser.click("profil-adherent");
        browser.click("cibtp-validate");
        assertEquals("Créer mon espace sécurisé", browser.title(), browser.text());
    }

    /** Step 1 done with the letters on the browser's node: step 2 is shown. */
    static void passStepOne(Browser browser, Portals portal, ClusterNode node, Letters letters) {
        openStepOne(browser, portal, node);
        typeStepOne(browser, letters, letters.code());
        assertTrue(browser.text().contains(STEP_TWO), browser.text());
    }

    static void typeStepOne(Browser browser, Letters letters, String code) {
        browser.type("identifiant", letters.identifiant());
        browser.type("siret", letters.siret());
        browser.type("code", code);
        browser.click("cibtp-validate");
    }

    /** Step 2 with an email, a password and a mobile, sent with {@code button} (Valider or Certifier). */
    static void typeStepTwo(Browser browser, String email, String mobile, String button) {
        browser.type("email", email);
        browser.type("emailConfirm", email);
        browser.type("password", PASSWORD);
        browser.type("passwordConfirm", PASSWORD);
        browser.type("mobile", mobile);
        browser.click(button);
    }

    /** The activation link of the last email to {@code email}, opened on the browser's node: the portal's tokens. */
    static JsonNode activate(Browser browser, Portals portal, Cluster cluster, ClusterNode node, String email) {
        browser.useNode(node).open(EnrollmentPages.lastLinkSentTo(cluster.mail().received(), email));
        return portal.exchange(node, browser.code());
    }

    /** A site enrolled from start to end on {@code node}; the administrator's tokens. */
    static JsonNode enrolledAdministrator(Cluster cluster, ClusterNode node, Letters letters, String email) {
        Portals portal = new Portals();
        try (Browser browser = new Browser(node)) {
            passStepOne(browser, portal, node, letters);
            typeStepTwo(browser, email, uniqueMobile(), "cibtp-validate");
            assertEquals("Finalisation de l'ouverture de compte", browser.title(), browser.text());
            return activate(browser, portal, cluster, node, email);
        }
    }

    static String uniqueEmail(String who) {
        return who + "-" + System.nanoTime() + "@cluster.example";
    }

    /** A French mobile number nobody else in the run has. */
    static String uniqueMobile() {
        return String.format("061%07d", System.nanoTime() % 10_000_000);
    }
}
