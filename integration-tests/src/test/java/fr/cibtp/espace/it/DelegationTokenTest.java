package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.cibtp.espace.it.support.CaisseCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.DelegationsOnServer;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/** Delegated rights in the token: a delegate's site in its chooser, a cabinet's collaborator, a closed delegation. */
@KeycloakIntegrationTest
class DelegationTokenTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    private RegistryApi api;
    private String site;
    private String holder;

    @BeforeEach
    void aSiteAndItsHolder() {
        api = new RegistryApi(realm);
        holder = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("titulaire"), PASSWORD, false);
        site = Sites.linked(api, runOnServer, api.serviceAccountToken("back-office-delegations", true), holder, "BÂTIR DU GRAND EST", 1).get(0);
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @Test
    void aDelegateGetsExactlyTheFeaturesDelegated() {
        String email = CibtpRealm.uniqueEmail("delegue");
        String delegate = CibtpRealm.createUser(realm, email, PASSWORD, false);
        store(delegation(delegate, holder, null, null,
                "situation-compte=consultation,planning=consultation,telepaiements=consultation"));

        Map<?, ?> cibtp = claim(signIn(email));
        assertEquals(site, ((Map<?, ?>) cibtp.get("site")).get("identifiant"), "the delegated site is in the chooser (chosen silently)");
        assertEquals("utilisateur", cibtp.get("role"));
        assertEquals(Boolean.FALSE, cibtp.get("admin"));
        assertEquals(Map.of("situation-compte", "consultation", "planning", "consultation", "telepaiements", "consultation"),
                cibtp.get("droits"));
        assertNull(cibtp.get("via"));
    }

    @Test
    void theIdTokenAndUserinfoCarryTheSameClaimAsTheAccessToken() {
        String email = CibtpRealm.uniqueEmail("delegue-idtoken");
        String delegate = CibtpRealm.createUser(realm, email, PASSWORD, false);
        store(delegation(delegate, holder, null, null, "planning=consultation,telepaiements=mise_a_jour"));

        AccessTokenResponse tokens = signIn(email);
        Map<?, ?> access = claim(tokens);
        assertEquals(Map.of("planning", "consultation", "telepaiements", "mise_a_jour"), access.get("droits"));
        assertEquals(access, oauth.verifyIDToken(tokens.getIdToken()).getOtherClaims().get("cibtp"));
        assertEquals(access, oauth.doUserInfoRequest(tokens.getAccessToken()).getUserInfo().getOtherClaims().get("cibtp"));
    }

    @Test
    void aCabinetCollaboratorHoldsWhatWasSubDelegatedWithViaUntilTheCabinetLosesIt() {
        String cabinetAdmin = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("cabinet"), PASSWORD, false);
        String email = CibtpRealm.uniqueEmail("collaborateur");
        String collaborator = CibtpRealm.createUser(realm, email, PASSWORD, false);
        String toCabinet = store(delegation(cabinetAdmin, holder, null, "90001-001-01",
                "situation-compte=consultation,planning=consultation,telepaiements=consultation"));
        store(delegation(collaborator, cabinetAdmin, toCabinet, "90001-001-01", "planning=consultation"));

        AccessTokenResponse tokens = signIn(email);
        Map<?, ?> cibtp = claim(tokens);
        assertEquals("cabinet", cibtp.get("role"));
        assertEquals("cabinet:90001-001-01", cibtp.get("via"));
        assertEquals(Map.of("planning", "consultation"), cibtp.get("droits"));

        runOnServer.fetch(DelegationsOnServer.close(toCabinet), Boolean.class);
        AccessTokenResponse refreshed = oauth.refreshRequest(tokens.getRefreshToken()).send();
        Map<?, ?> after = claim(refreshed);
        assertNull(after.get("droits"), "the next refresh carries no right: the cabinet's delegation is closed");
        assertEquals(site, ((Map<?, ?>) after.get("site")).get("identifiant"));
    }

    /** Stores a delegation as the delegation API does; returns its id. */
    private String store(Map<String, String> delegation) {
        return runOnServer.fetch(DelegationsOnServer.add(delegation), String.class);
    }

    private AccessTokenResponse signIn(String email) {
        return Portal.signIn(realm, oauth, email, PASSWORD);
    }

    private Map<?, ?> claim(AccessTokenResponse tokens) {
        return Portal.claim(oauth, tokens);
    }

    private Map<String, String> delegation(String grantee, String grantor, String parent, String via, String modes) {
        Map<String, String> d = new HashMap<>();
        d.put("site", site);
        d.put("granteeId", grantee);
        d.put("grantorId", grantor);
        if (parent != null) {
            d.put("parentId", parent);
        }
        if (via != null) {
            d.put("viaCabinet", via);
        }
        d.put("colleges", String.join(",", List.of("ouvrier", "etam", "cadre")));
        d.put("modes", modes);
        d.put("effet", CaisseCalendar.today().minusDays(1).toString());
        return d;
    }
}
