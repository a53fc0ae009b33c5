package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.EnrollmentPages;

/** A site's administrator delegating through the API, and the delegate activating the account the invitation made. */
final class Delegations {

    private Delegations() {
    }

    /** The body of a new delegation or of its change. */
    static String body(String email, LocalDate end, String droits) {
        return "{\"email\":\"" + email + "\",\"nom\":\"MARTIN\",\"prenom\":\"LUCIE\",\"date_fin\":\"" + end + "\",\"admin\":false,"
                + "\"colleges\":[\"ouvrier\",\"etam\"],\"droits\":" + droits + "}";
    }

    /** Creates it through {@code node}: its id. */
    static String create(ClusterNode node, String adminToken, String site, String body) {
        HttpResponse<String> created = Apis.delegations(node, adminToken, "POST", "/sites/" + site + "/delegations", body);
        assertEquals(201, created.statusCode(), created.body());
        return Apis.json(created.body()).path("id").asText();
    }

    /** The invitation's link opened on {@code node}: the delegate chooses a password. */
    static void activate(Cluster cluster, ClusterNode node, String email) {
        try (Browser browser = new Browser(node)) {
            browser.open(EnrollmentPages.lastLinkSentTo(cluster.mail().received(), email));
            if (!browser.has("password-new")) {
                // Keycloak first lists the actions the link asks for, with a link to proceed.
                browser.clickFirst("main a[href*=action-token]");
            }
            browser.type("password-new", Enrollments.PASSWORD);
            browser.type("password-confirm", Enrollments.PASSWORD);
            browser.clickFirst("[type=submit]");
        }
    }

    /** Signs in on {@code node} in a fresh browser: the portal's tokens. */
    static JsonNode signIn(ClusterNode node, String email) {
        Portals portal = new Portals();
        try (Browser browser = new Browser(node)) {
            browser.open(portal.signInUrl(node));
            browser.type("username", email);
            browser.type("password", Enrollments.PASSWORD);
            browser.click("kc-login");
            return portal.exchange(node, browser.code());
        }
    }
}
