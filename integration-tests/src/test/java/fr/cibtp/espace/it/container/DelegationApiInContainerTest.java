package fr.cibtp.espace.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cibtp.espace.it.support.CaisseCalendar;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.Letters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The delegation API as a portal calls it for a site's administrator: a delegation created, listed and narrowed; the
 * delegate invited by mail, whose token carries the rights; the delegation closed, and the delegate's session with it.
 */
@ExtendWith(KeycloakInContainer.class)
class DelegationApiInContainerTest {

    private final ContainerServer server = KeycloakInContainer.server();

    @Test
    void anAdministratorDelegatesTheDelegateSignsInWithThoseRightsAndClosingEndsThem() {
        Letters letters = Enrollments.newSite(server).letters();
        String site = letters.identifiant();
        String admin = Enrollments.enrolledAdministrator(server, letters, Enrollments.uniqueEmail("admin"))
                .path("access_token").asText();
        HttpResponse<String> sites = Apis.delegations(server, admin, "GET", "/sites", null);
        assertEquals(200, sites.statusCode(), sites.body());
        assertEquals(site, Portal.json(sites.body()).findValue("identifiant").asText(), sites.body());

        String delegate = Enrollments.uniqueEmail("delegue");
        LocalDate end = CaisseCalendar.today().plusDays(30);
        HttpResponse<String> created = Apis.delegations(server, admin, "POST", "/sites/" + site + "/delegations",
                body(delegate, end, "{\"situation-compte\":\"consultation\",\"planning\":\"consultation\"}"));
        assertEquals(201, created.statusCode(), created.body());
        String id = Portal.json(created.body()).path("id").asText();
        JsonNode list = Portal.json(Apis.delegations(server, admin, "GET", "/sites/" + site + "/delegations", null).body());
        assertEquals(1, list.path("total").asInt(), list.toString());
        assertEquals(delegate, list.path("delegations").get(0).path("email").asText());
        assertEquals("active", list.path("delegations").get(0).path("statut").asText());

        activateInvitation(delegate);
        Portal portal = new Portal(server);
        JsonNode tokens;
        try (Browser browser = new Browser()) {
            Enrollments.signIn(browser, portal, delegate);
            tokens = portal.exchange(browser.code());
        }
        JsonNode claim = Portal.claim(tokens);
        assertEquals("utilisateur", claim.path("role").asText(), claim.toString());
        assertEquals(false, claim.path("admin").asBoolean(true));
        assertEquals(Portal.json("{\"situation-compte\":\"consultation\",\"planning\":\"consultation\"}"), claim.path("droits"));
        assertEquals(Portal.json("[\"ouvrier\",\"etam\"]"), claim.path("colleges"));

        HttpResponse<String> narrowed = Apis.delegations(server, admin, "PUT", "/sites/" + site + "/delegations/" + id,
                body(delegate, end, "{\"situation-compte\":\"consultation\"}"));
        assertEquals(200, narrowed.statusCode(), narrowed.body());
        tokens = portal.refresh(tokens.path("refresh_token").asText());
        assertEquals(Portal.json("{\"situation-compte\":\"consultation\"}"), Portal.claim(tokens).path("droits"),
                "the next refresh carries the narrowed rights: " + tokens);

        HttpResponse<String> closed = Apis.delegations(server, admin, "POST", "/sites/" + site + "/delegations/" + id + "/fermeture", null);
        assertEquals(204, closed.statusCode(), closed.body());
        JsonNode refused = portal.refresh(tokens.path("refresh_token").asText());
        assertEquals("invalid_grant", refused.path("error").asText(), "closing ends the delegate's session: " + refused);
    }

    private static String body(String email, LocalDate end, String droits) {
        return "{\"email\":\"" + email + "\",\"nom\":\"MARTIN\",\"prenom\":\"LUCIE\",\"date_fin\":\"" + end + "\",\"admin\":false,"
                + "\"colleges\":[\"ouvrier\",\"etam\"],\"droits\":" + droits + "}";
    }

    /** The invitation's link: the delegate chooses a password. */
    private void activateInvitation(String email) {
        try (Browser browser = new Browser()) {
            browser.open(EnrollmentPages.lastLinkSentTo(server.mail().received(), email));
            if (!browser.has("password-new")) {
                // Keycloak first lists the actions the link asks for, with a link to proceed.
                browser.clickFirst("main a[href*=action-token]");
            }
            browser.type("password-new", Enrollments.PASSWORD);
            browser.type("password-confirm", Enrollments.PASSWORD);
            browser.clickFirst("[type=submit]");
        }
    }
}
