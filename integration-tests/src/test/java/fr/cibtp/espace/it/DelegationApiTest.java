package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastMailTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.UpdatePasswordPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.DelegationsOnServer;
import fr.cibtp.espace.it.support.EnrollmentPages.Mail;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.Measurements;
import fr.cibtp.espace.it.support.DelegationApi;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/** The delegation API: an administrator delegates 3 features to a new email, whose token then holds exactly those. */
@KeycloakIntegrationTest
class DelegationApiTest {

    private static final String PASSWORD = "Chantier-Metz-2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectMailServer
    MailServer mail;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    private RegistryApi api;
    private DelegationApi delegations;
    private String site;
    private String holderEmail;

    @BeforeEach
    void aSiteAndItsHolder() {
        // Giving power asks a recent SMS code: grantors sign in with it.
        CibtpRealm.useSmsStandIn(realm, operator);
        api = new RegistryApi(realm);
        delegations = new DelegationApi(realm);
        holderEmail = CibtpRealm.uniqueEmail("administrateur");
        String holder = CibtpRealm.createUser(realm, holderEmail, PASSWORD, false);
        site = Sites.linked(api, runOnServer, api.serviceAccountToken("back-office-api", true), holder, "BÂTIR DU GRAND EST", 1).get(0);
        freshBrowser();
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void theAdministratorDelegatesThreeFeaturesToANewEmailWhoseTokenHoldsExactlyThose() throws Exception {
        String admin = signIn(holderEmail, PASSWORD).getAccessToken();
        String invitee = CibtpRealm.uniqueEmail("invite");
        HttpResponse<String> created = post(admin, "/sites/" + site + "/delegations", Map.of("email", invitee, "nom", "MARTIN",
                "prenom", "Léa", "colleges", List.of("ouvrier", "etam"),
                "droits", Map.of("situation-compte", "consultation", "planning", "consultation", "telepaiements", "consultation")));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(JSON.readTree(created.body()).get("compte_cree").asBoolean());
        Mail invitation = lastMailTo(mail, invitee);
        assertEquals("Activation de votre compte utilisateur de l'Espace sécurisé CIBTP", invitation.subject());
        assertTrue(invitation.text().contains("Sandrine Lemoine vous a ouvert l'accès à l'Espace sécurisé CIBTP de BÂTIR DU GRAND EST, "
                + "site déclarant CHANTIER 0 (identifiant CIBTP " + site + "), en vous déléguant des droits d'accès."), invitation.text());
        assertTrue(invitation.text().contains("Pour activer votre compte utilisateur, cliquez sur le lien d'activation"), invitation.text());
        assertTrue(invitation.text().contains("Ce lien expire dans 12 heures."), invitation.text());

        freshBrowser();
        driver.open(lastLinkSentTo(mail, invitee));
        UpdatePasswordPage.fromLink(driver).updateAndLeave(PASSWORD);

        freshBrowser();
        AccessTokenResponse tokens = signIn(invitee, PASSWORD);
        Map<?, ?> cibtp = claim(tokens);
        assertEquals("utilisateur", cibtp.get("role"));
        assertEquals(Map.of("situation-compte", "consultation", "planning", "consultation", "telepaiements", "consultation"), cibtp.get("droits"));
        assertEquals(List.of("ouvrier", "etam"), cibtp.get("colleges"));

        assertEquals("http://localhost:3000", delegations.getFrom("http://localhost:3000", admin, "/sites")
                .headers().firstValue("Access-Control-Allow-Origin").orElse(null), "the portal's origin may read the answer");
        assertTrue(delegations.getFrom("https://ailleurs.example", admin, "/sites").headers()
                .firstValue("Access-Control-Allow-Origin").isEmpty(), "another origin may not");
        JsonNode list = JSON.readTree(get(admin, "/sites/" + site + "/delegations").body());
        assertEquals(1, list.get("total").asInt());
        assertEquals(1, JSON.readTree(get(admin, "/sites/" + site + "/delegations?role=utilisateur&statut=active&tri=-date_effet").body())
                .get("total").asInt());
        assertEquals(0, JSON.readTree(get(admin, "/sites/" + site + "/delegations?statut=fermee").body()).get("total").asInt());
        assertEquals(0, JSON.readTree(get(admin, "/sites/" + site + "/delegations?role=cabinet").body()).get("total").asInt());
        JsonNode row = list.get("delegations").get(0);
        assertEquals(invitee, row.get("email").asText());
        assertEquals("active", row.get("statut").asText());

        assertEquals(403, post(tokens.getAccessToken(), "/sites/" + site + "/delegations", Map.of("email", CibtpRealm.uniqueEmail("x"),
                "colleges", List.of("ouvrier"), "droits", Map.of("planning", "consultation"))).statusCode(), "a non-admin cannot delegate");

        HttpResponse<String> narrowed = put(admin, "/sites/" + site + "/delegations/" + row.get("id").asText(), Map.of(
                "colleges", List.of("ouvrier"), "droits", Map.of("planning", "consultation")));
        assertEquals(200, narrowed.statusCode(), narrowed.body());
        AccessTokenResponse refreshed = oauth.refreshRequest(tokens.getRefreshToken()).send();
        assertEquals(Map.of("planning", "consultation"), claim(refreshed).get("droits"), "the next refresh has the narrowed rights");
        assertEquals("planning", JSON.readTree(get(admin, "/sites/" + site + "/delegations/" + row.get("id").asText()).body())
                .get("droits").fieldNames().next());

        assertEquals(204, post(admin, "/sites/" + site + "/delegations/" + row.get("id").asText() + "/fermeture", Map.of()).statusCode());
        String inviteeId = realm.admin().users().searchByEmail(invitee, true).get(0).getId();
        assertEquals(0, realm.admin().users().get(inviteeId).getUserSessions().size(), "closing ends the grantee's sessions");
        assertNull(oauth.refreshRequest(refreshed.getRefreshToken()).send().getAccessToken(), "no more tokens from that session");
        assertTrue(realm.admin().getAdminEvents().stream().anyMatch(e -> e.getResourcePath() != null
                && e.getResourcePath().equals("cibtp-delegations/sites/" + site + "/delegations/" + row.get("id").asText())
                && "UPDATE".equals(e.getOperationType())), "the closing is an admin event");
    }

    @Test
    void theBeneficiarysPhonesAreContactDetailsOfANewAccountOnlyNeverACertifiedMobile() throws Exception {
        String admin = signIn(holderEmail, PASSWORD).getAccessToken();
        String path = "/sites/" + site + "/delegations";
        Map<String, Object> consultation = Map.of("colleges", List.of("ouvrier"), "droits", Map.of("planning", "consultation"));

        HttpResponse<String> badLandline = post(admin, path, with(with(consultation, "email", CibtpRealm.uniqueEmail("tel")), "telephone_fixe", "12"));
        assertRefused(badLandline, 400);
        assertEquals("telephone_invalide", JSON.readTree(badLandline.body()).get("erreur").asText());
        HttpResponse<String> landlineAsMobile = post(admin, path, with(with(consultation, "email", CibtpRealm.uniqueEmail("tel")),
                "telephone_mobile", "03 87 12 34 56"));
        assertEquals("mobile_invalide", JSON.readTree(landlineAsMobile.body()).get("erreur").asText());
        assertEquals(0, JSON.readTree(get(admin, path).body()).get("total").asInt(), "nothing was stored");

        String invitee = CibtpRealm.uniqueEmail("tel-nouveau");
        assertEquals(201, post(admin, path, with(with(with(consultation, "email", invitee), "telephone_fixe", "03 87 12 34 56"),
                "telephone_mobile", "06 12 34 56 78")).statusCode());
        Map<String, List<String>> created = realm.admin().users().searchByEmail(invitee, true).get(0).getAttributes();
        assertEquals(List.of("+33387123456"), created.get("landlineNumber"), "stored in E.164");
        assertEquals(List.of("+33612345678"), created.get("phoneNumber"));
        assertEquals(List.of("false"), created.get("phoneNumberVerified"), "only a code sent to it certifies a mobile");

        String existing = CibtpRealm.uniqueEmail("tel-existant");
        String existingId = CibtpRealm.createUser(realm, existing, PASSWORD, false);
        assertEquals(201, post(admin, path, with(with(consultation, "email", existing), "telephone_mobile", "06 99 99 99 99")).statusCode());
        Map<String, List<String>> kept = realm.admin().users().get(existingId).toRepresentation().getAttributes();
        assertNull(kept == null ? null : kept.get("phoneNumber"), "never over an existing account's numbers");
    }

    @Test
    void badRequestsAreRefusedWithAFrenchMessageAndChangeNothing() throws Exception {
        String admin = signIn(holderEmail, PASSWORD).getAccessToken();
        String path = "/sites/" + site + "/delegations";
        Map<String, Object> base = Map.of("email", CibtpRealm.uniqueEmail("refus"), "colleges", List.of("ouvrier"));

        assertRefused(post(admin, path, with(base, "droits", Map.of("situation-compte", "mise_a_jour"))), 400);
        assertRefused(post(admin, path, Map.of("email", CibtpRealm.uniqueEmail("sans"), "droits", Map.of("planning", "consultation"))), 400);
        assertRefused(post(admin, path, with(with(base, "droits", Map.of("planning", "consultation")), "date_fin", "2020-01-01")), 400);
        assertRefused(post(admin, path, with(with(base, "droits", Map.of("planning", "consultation")), "nom", "<script>x</script>")), 400);
        assertRefused(get(admin, path + "?taille=100000"), 400);
        assertRefused(get(admin, path + "?statut=peut-etre"), 400);
        assertRefused(get(admin, path + "?tri=email;drop"), 400);
        assertRefused(get(admin, path + "?date_effet=hier"), 400);
        HttpResponse<String> huge = post(admin, path, with(with(base, "droits", Map.of("planning", "consultation")), "nom", "A".repeat(20_000)));
        assertRefused(huge, 413);
        assertEquals("corps_trop_grand", JSON.readTree(huge.body()).get("erreur").asText(), "refused before it is read");
        HttpResponse<String> unknown = post(admin, "/sites/99999-999-99/delegations", with(base, "droits", Map.of("planning", "consultation")));
        assertRefused(unknown, 404);
        String otherSite = Sites.linked(api, runOnServer, api.serviceAccountToken("back-office-api", true),
                CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("autre"), PASSWORD, false), "AUTRE", 1).get(0);
        HttpResponse<String> someoneElses = post(admin, "/sites/" + otherSite + "/delegations", with(base, "droits",
                Map.of("planning", "consultation")));
        assertRefused(someoneElses, 404);
        assertEquals(unknown.body(), someoneElses.body(), "another company's site reads as an unknown one: no identifiant is confirmed");
        assertEquals(unknown.body(), get(admin, "/sites/" + otherSite + "/delegations").body());
        assertRefused(post(admin, path + "/inconnue/fermeture", Map.of()), 404);
        assertEquals(0, JSON.readTree(get(admin, path).body()).get("total").asInt(), "nothing was stored");
        assertEquals(401, get("pas-un-jeton", path).statusCode());
        JsonNode catalogue = JSON.readTree(get(admin, "/catalogue").body());
        int features = 0;
        for (JsonNode group : catalogue.get("groups")) {
            features += group.get("features").size();
        }
        assertEquals(17, features, "the catalogue the portal builds its rights matrix from");
        assertEquals(3, catalogue.get("colleges").size());
    }

    @Test
    void aSiteWithTenThousandDelegationsListsAPageQuickly() throws Exception {
        String holder = realm.admin().users().searchByEmail(holderEmail, true).get(0).getId();
        runOnServer.fetch(DelegationsOnServer.addMany(site, holder, 10_000), Integer.class);
        String admin = signIn(holderEmail, PASSWORD).getAccessToken();
        // By date (an index), and by Nom et Prénom (the page's first order, read from the grantees' accounts).
        for (String sort : List.of("-date_effet", "nom")) {
            long[] nanos = new long[11];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                HttpResponse<String> page = get(admin, "/sites/" + site + "/delegations?statut=active&tri=" + sort + "&page=" + (i * 100 + 1));
                nanos[i] = System.nanoTime() - start;
                assertEquals(200, page.statusCode(), page.body());
                assertEquals(10_000, JSON.readTree(page.body()).get("total").asInt());
            }
            java.util.Arrays.sort(nanos);
            Measurements.report("Delegation list, 10,000 delegations on a site, tri=%s: median %d ms a page (max %d)",
                    sort, nanos[5] / 1_000_000, nanos[10] / 1_000_000);
        }
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static void assertRefused(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.hasNonNull("erreur") && body.get("message").asText().length() > 10, response.body());
    }

    private HttpResponse<String> post(String token, String path, Map<String, Object> body) {
        return delegations.post(token, path, body);
    }

    private HttpResponse<String> put(String token, String path, Map<String, Object> body) {
        return delegations.put(token, path, body);
    }

    private HttpResponse<String> get(String token, String path) {
        return delegations.get(token, path);
    }

    private void freshBrowser() {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    private AccessTokenResponse signIn(String email, String password) {
        return Portal.signInWithSms(realm, oauth, driver, operator, runOnServer, email, password);
    }

    private Map<?, ?> claim(AccessTokenResponse tokens) {
        return Portal.claim(oauth, tokens);
    }
}
