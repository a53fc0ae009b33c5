package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.DelegationApi;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.RegistryApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** Each API takes only the tokens issued for it; no client of the realm hands out tokens for a password alone. */
@KeycloakIntegrationTest
class ApiBoundaryTest {

    private static final String PASSWORD = "Chantier-Metz-2026";
    /** Added to the realm by the test framework for its own OAuth client; not in realm-export.json. */
    private static final String TEST_FRAMEWORK_CLIENT = "test-app";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    private RegistryApi registry;
    private DelegationApi delegations;

    @BeforeEach
    void freshBrowser() {
        registry = new RegistryApi(realm);
        delegations = new DelegationApi(realm);
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @Test
    void aPortalTokenOfAUserHoldingTheRegistryRoleDoesNotOpenTheRegistryApi() {
        String email = CibtpRealm.uniqueEmail("back-office-humain");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        RoleRepresentation role = realm.admin().roles().get(RegistryApi.ROLE).toRepresentation();
        realm.admin().users().get(userId).roles().realmLevel().add(List.of(role));

        String portalToken = Portal.signIn(realm, oauth, email, PASSWORD).getAccessToken();
        HttpResponse<String> codes = registry.post(portalToken, "/cibtp-registry/codes", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"non_inscrits\":true}"));
        assertEquals(403, codes.statusCode(), codes.body());
        assertEquals("audience_refusee", RegistryApi.json(codes).get("erreur").asText());
        assertEquals(200, delegations.get(portalToken, "/sites").statusCode(), "the portal's token is meant for the delegation API");
    }

    @Test
    void aServiceAccountWithTheRoleButWithoutTheAudienceIsRefused() {
        String token = registry.serviceAccountToken("back-office-sans-audience", true, false);
        assertEquals(403, registry.get(token, "/cibtp-registry/code-requests").statusCode());
        String meant = registry.serviceAccountToken("back-office-boundary", true);
        assertEquals(200, registry.get(meant, "/cibtp-registry/code-requests").statusCode());
        assertEquals(403, registry.get(registry.serviceAccountToken("back-office-sans-role", false), "/cibtp-registry/code-requests").statusCode(),
                "the audience without the role");
    }

    @Test
    void theBackOfficesTokenDoesNotOpenTheDelegationApi() {
        String backOffice = registry.serviceAccountToken("back-office-boundary", true);
        HttpResponse<String> sites = delegations.get(backOffice, "/sites");
        assertEquals(403, sites.statusCode(), sites.body());
        assertEquals("audience_refusee", DelegationApi.json(sites).get("erreur").asText());
    }

    @Test
    void noClientOfTheRealmGivesTokensForAPasswordAlone() throws Exception {
        String email = CibtpRealm.uniqueEmail("mot-de-passe-seul");
        CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        HttpResponse<String> grant = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + email
                        + "&password=" + PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, grant.statusCode(), grant.body());
        assertTrue(grant.body().contains("unauthorized_client"), grant.body());
        assertFalse(grant.body().contains("access_token"));

        List<String> withPasswordGrant = realm.admin().clients().findAll().stream()
                .filter(c -> Boolean.TRUE.equals(c.isDirectAccessGrantsEnabled())).map(ClientRepresentation::getClientId)
                .filter(id -> !TEST_FRAMEWORK_CLIENT.equals(id)).toList();
        assertEquals(List.of(), withPasswordGrant);
    }
}
