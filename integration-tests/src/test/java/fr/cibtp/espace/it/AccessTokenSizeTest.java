package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.DelegationApi;
import fr.cibtp.espace.it.support.Measurements;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.PortalRights;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Sites;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
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
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/**
 * The access token of an administrator with full rights stays under 2 KB (what proxies and cookies take without
 * trouble) and still says everything a portal needs: the contract's claims, every right, the delegation API's audience.
 */
@KeycloakIntegrationTest
class AccessTokenSizeTest {

    private static final String PASSWORD = "Chantier-Metz-2026";
    private static final int MAX_BYTES = 2048;

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @Test
    void anAdministratorsFullRightsTokenIsUnderTwoKilobytesAndAPortalReadsEveryRight() {
        // Long values, accents and a certified mobile asked with scope "phone": a large token, as real ones are.
        String email = CibtpRealm.uniqueEmail("administratrice.maconnerie-ravalement");
        String holder = CibtpRealm.createUser(realm, email, PASSWORD, false);
        runOnServer.run(MobileOnServer.certify(holder, "+33612345678"));
        RegistryApi api = new RegistryApi(realm);
        String site = Sites.linked(api, runOnServer, api.serviceAccountToken("back-office-taille-jeton", true), holder,
                "SOCIÉTÉ DE MAÇONNERIE ET DE RAVALEMENT DU BAS-RHIN", 1).get(0);

        AccessTokenResponse tokens = signIn(email);
        String encoded = tokens.getAccessToken();
        Measurements.report("Access token of an administrator with full rights: %d bytes (payload %s)", encoded.length(), payload(encoded));
        assertTrue(encoded.length() < MAX_BYTES, encoded.length() + " bytes: " + payload(encoded));

        AccessToken token = oauth.verifyToken(encoded);
        Map<?, ?> cibtp = (Map<?, ?>) token.getOtherClaims().get("cibtp");
        assertEquals(site, ((Map<?, ?>) cibtp.get("site")).get("identifiant"));
        assertEquals("administrateur", cibtp.get("role"));
        assertEquals(Boolean.TRUE, cibtp.get("admin"));
        assertEquals(List.of("ouvrier", "etam", "cadre"), cibtp.get("colleges"));
        assertEquals("*", cibtp.get("droits"));
        RightsCatalogue catalogue = RightsCatalogue.shipped();
        assertEquals(17, catalogue.features().size());
        catalogue.features().forEach((key, feature) -> assertEquals(feature.highestMode().key(), PortalRights.mode(cibtp, key, catalogue),
                "the portal reads the administrator's right on " + key));

        assertEquals(email, token.getEmail());
        assertEquals(Boolean.TRUE, token.getEmailVerified());
        assertEquals("+33612345678", token.getPhoneNumber());
        assertEquals(Boolean.TRUE, token.getPhoneNumberVerified());
        assertEquals("mot-de-passe", token.getAcr());
        assertTrue(token.hasAudience("cibtp-delegations"), "the delegation API takes it");
        assertFalse(payload(encoded).contains("\"realm_access\"") || payload(encoded).contains("\"resource_access\""),
                "portals read the cibtp claim, not Keycloak's roles");
        var sites = new DelegationApi(realm).getFrom("http://localhost:3000", encoded, "/sites");
        assertEquals(200, sites.statusCode(), sites.body());
        assertEquals("http://localhost:3000", sites.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                "the portal's pages may call the delegation API");
    }

    private AccessTokenResponse signIn(String email) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").scope("phone").open();
        oauth.fillLoginForm(email, PASSWORD);
        AccessTokenResponse tokens = oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(pkce).send();
        assertNotNull(tokens.getAccessToken(), tokens.getErrorDescription());
        return tokens;
    }

    private static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
