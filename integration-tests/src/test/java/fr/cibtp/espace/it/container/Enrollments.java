package fr.cibtp.espace.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.Letters;

/** "Je crée mon espace sécurisé", "Je les associe à un espace existant" and the sign-in, page by page. */
final class Enrollments {

    static final String PASSWORD = EnrollmentPages.PASSWORD;
    static final String STEP_TWO = "Étape 2/2 : Saisie des informations de contact et de connexion";
    static final String FINALISATION = "Finalisation de l'ouverture de compte";
    static final String CHOOSER = "Choix de l'adhérent et du site déclarant";

    private Enrollments() {
    }

    /** A new adhérent and its site in the registry, as the back office sends them: the letters and the lines. */
    static Letters.NewSite newSite(ContainerServer server) {
        Letters.NewSite site = Letters.newSite();
        Apis.importRegistry(server, site.ndjson());
        return site;
    }

    /** Step 1 done with the letters from the login page: step 2 is shown. */
    static void passStepOne(Browser browser, Portal portal, Letters letters) {
        browser.open(portal.signInUrl());
        browser.click("cibtp-enroll");
        browser.click("profil-adherent");
        browser.click("cibtp-validate");
        assertEquals("Créer mon espace sécurisé", browser.title(), browser.text());
        browser.type("identifiant", letters.identifiant());
        browser.type("siret", letters.siret());
        browser.type("code", letters.code());
        browser.click("cibtp-validate");
        assertTrue(browser.text().contains(STEP_TWO), browser.text());
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

    /** The activation link of the mail to {@code email}, opened: the portal's tokens. */
    static JsonNode activate(ContainerServer server, Browser browser, Portal portal, String email) {
        browser.open(EnrollmentPages.lastLinkSentTo(server.mail().received(), email));
        return portal.exchange(browser.code());
    }

    /** A site enrolled from start to end; its administrator's tokens. */
    static JsonNode enrolledAdministrator(ContainerServer server, Letters letters, String email) {
        Portal portal = new Portal(server);
        try (Browser browser = new Browser()) {
            passStepOne(browser, portal, letters);
            typeStepTwo(browser, email, uniqueMobile(), "cibtp-validate");
            assertEquals(FINALISATION, browser.title(), browser.text());
            return activate(server, browser, portal, email);
        }
    }

    /** "Je les associe à un espace existant": the site's letters, then the space's email and password. */
    static void associate(ContainerServer server, Letters letters, String email) {
        try (Browser browser = new Browser()) {
            browser.open(new Portal(server).signInUrl());
            browser.click("cibtp-associate");
            assertEquals("Associer un site déclarant à un espace existant", browser.title(), browser.text());
            browser.type("identifiant", letters.identifiant());
            browser.type("siret", letters.siret());
            browser.type("code", letters.code());
            browser.click("cibtp-validate");
            browser.type("username", email);
            browser.type("password", PASSWORD);
            browser.click("cibtp-validate");
            assertTrue(browser.has("cibtp-associated"), browser.text());
        }
    }

    /** The login page, email and password: the browser is on the next page (the site chooser, or the portal). */
    static void signIn(Browser browser, Portal portal, String email) {
        browser.open(portal.signInUrl());
        assertEquals("Connexion à votre espace CIBTP", browser.title(), browser.text());
        browser.type("username", email);
        browser.type("password", PASSWORD);
        browser.click("kc-login");
    }

    /** On the site chooser: the site's line, then "Valider". */
    static void choose(Browser browser, String identifiant) {
        browser.click("site-" + identifiant);
        browser.click("cibtp-choose");
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@conteneur.example";
    }

    /** A French mobile number nobody else in the run has. */
    static String uniqueMobile() {
        return String.format("061%07d", System.nanoTime() % 10_000_000);
    }
}
