package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.SmsCodes;

/** What people leave in a realm through its pages: a space opened with a certified mobile, a letter asked again. */
final class Accounts {

    private Accounts() {
    }

    /** A site enrolled on {@code node} whose mobile is certified by the SMS code at step 2: the portal's tokens. */
    static JsonNode enrolledWithCertifiedMobile(Cluster cluster, ClusterNode node, Letters letters, String email, String mobile) {
        Portals portal = new Portals();
        try (Browser browser = new Browser(node)) {
            Enrollments.passStepOne(browser, portal, node, letters);
            Enrollments.typeStepTwo(browser, email, mobile, "cibtp-certify");
            assertEquals("Certification du numéro de téléphone", browser.title(), browser.text());
            browser.type("code", SmsCodes.lastTo(cluster.sms(), mobile));
            browser.click("cibtp-validate");
            assertEquals("Finalisation de l'ouverture de compte", browser.title(), browser.text());
            return Enrollments.activate(browser, portal, cluster, node, email);
        }
    }

    /** "Mot de passe oublié" → "code" → the identifiant: a request for a new letter waits in the back office's queue. */
    static void requestNewLetter(ClusterNode node, String identifiant) {
        try (Browser browser = new Browser(node)) {
            browser.open(new Portals().signInUrl(node));
            browser.clickFirst("a[href*=reset-credentials]");
            browser.click("situation-code");
            browser.click("cibtp-validate");
            browser.type("identifiant", identifiant);
            browser.click("cibtp-request-code");
            assertTrue(browser.has("cibtp-code-requested"), browser.text());
        }
    }
}
