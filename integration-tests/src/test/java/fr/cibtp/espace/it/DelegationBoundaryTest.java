package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.DelegationApi.created;
import static fr.cibtp.espace.it.support.DelegationApi.withEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.DelegationApi;
import fr.cibtp.espace.it.support.DelegationsOnServer;
import fr.cibtp.espace.it.support.Parallel;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.Sites;
import fr.cibtp.espace.registry.PrecompteKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
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

/**
 * Delegations hold at their boundaries: what an administrator delegate gave narrows with that delegate's own grant,
 * a modification racing a closing never reopens it, administrators leaving at once leave one, and invitations of new
 * accounts are capped.
 */
@KeycloakIntegrationTest
class DelegationBoundaryTest {

    private static final String PASSWORD = "Chantier-Metz-2026";
    private static final List<String> ALL_COLLEGES = List.of("ouvrier", "etam", "cadre");

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

    private RegistryApi registry;
    private DelegationApi api;
    private String backOffice;

    @BeforeEach
    void apis() {
        // Giving power asks a recent SMS code: grantors sign in with it.
        CibtpRealm.useSmsStandIn(realm, operator);
        registry = new RegistryApi(realm);
        api = new DelegationApi(realm);
        backOffice = registry.serviceAccountToken("back-office-boundary", true);
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void whatAnAdministratorDelegateGaveLosesAdminWhenTheDelegateDoes() {
        String holderEmail = CibtpRealm.uniqueEmail("titulaire");
        String site = Sites.linked(registry, runOnServer, backOffice, CibtpRealm.createUser(realm, holderEmail, PASSWORD, false), "ADMIN EN CHAINE", 1).get(0);
        String delegateEmail = CibtpRealm.uniqueEmail("delegue-admin");
        CibtpRealm.createUser(realm, delegateEmail, PASSWORD, false);
        String secondEmail = CibtpRealm.uniqueEmail("second-admin");
        CibtpRealm.createUser(realm, secondEmail, PASSWORD, false);

        String holder = signIn(holderEmail).getAccessToken();
        String delegation = created(api.post(holder, "/sites/" + site + "/delegations", Map.of("email", delegateEmail, "admin", true)));
        String delegate = signIn(delegateEmail).getAccessToken();
        created(api.post(delegate, "/sites/" + site + "/delegations", Map.of("email", secondEmail, "admin", true)));
        AccessTokenResponse second = signIn(secondEmail);
        assertEquals(Boolean.TRUE, claim(second).get("admin"));

        HttpResponse<String> narrowed = api.put(holder, "/sites/" + site + "/delegations/" + delegation, Map.of("admin", false,
                "colleges", ALL_COLLEGES, "droits", Map.of("telepaiements", "mise_a_jour")));
        assertEquals(200, narrowed.statusCode(), narrowed.body());
        Map<?, ?> after = claim(oauth.refreshRequest(second.getRefreshToken()).send());
        assertEquals(Boolean.FALSE, after.get("admin"), "admin is kept only where every link of the chain has it");
        assertEquals(Map.of("telepaiements", "mise_a_jour"), after.get("droits"));
    }

    @Test
    void theCabinetDelegationOfAnAdministratorDelegateNarrowsAndEndsWithTheDelegatesOwn() {
        String cabinet = Sites.cabinet(registry, backOffice, "CHIFFRES ET BÂTIMENT");
        String holderEmail = CibtpRealm.uniqueEmail("titulaire");
        String site = Sites.linked(registry, runOnServer, backOffice, CibtpRealm.createUser(realm, holderEmail, PASSWORD, false), "BÂTIR ET COMPTER",
                1, cabinet).get(0);
        String delegateEmail = CibtpRealm.uniqueEmail("delegue-admin");
        CibtpRealm.createUser(realm, delegateEmail, PASSWORD, false);
        String cabinetEmail = CibtpRealm.uniqueEmail("cabinet");
        String cabinetAdmin = CibtpRealm.createUser(realm, cabinetEmail, PASSWORD, false);
        runOnServer.run(RegistryOnServer.link(cabinetAdmin, PrecompteKind.CABINET, cabinet));

        String holder = signIn(holderEmail).getAccessToken();
        String delegation = created(api.post(holder, "/sites/" + site + "/delegations", Map.of("email", delegateEmail, "admin", true)));
        String delegate = signIn(delegateEmail).getAccessToken();
        HttpResponse<String> toCabinet = api.put(delegate, "/sites/" + site + "/cabinet", Map.of("colleges", ALL_COLLEGES,
                "droits", Map.of("situation-compte", "consultation", "planning", "consultation", "telepaiements", "mise_a_jour")));
        assertEquals(200, toCabinet.statusCode(), toCabinet.body());
        AccessTokenResponse cabinetTokens = signIn(cabinetEmail);
        assertEquals(3, ((Map<?, ?>) claim(cabinetTokens).get("droits")).size());

        assertEquals(200, api.put(holder, "/sites/" + site + "/delegations/" + delegation, Map.of("admin", false, "colleges", ALL_COLLEGES,
                "droits", Map.of("telepaiements", "consultation"))).statusCode());
        AccessTokenResponse narrowed = oauth.refreshRequest(cabinetTokens.getRefreshToken()).send();
        assertEquals(Map.of("telepaiements", "consultation"), claim(narrowed).get("droits"),
                "narrowing the delegate's grant narrows what the delegate gave the cabinet");

        assertEquals(204, api.post(holder, "/sites/" + site + "/delegations/" + delegation + "/fermeture", Map.of()).statusCode());
        assertEquals(0, realm.admin().users().get(cabinetAdmin).getUserSessions().size(), "closing it ends the cabinet's sessions");
        assertNull(oauth.refreshRequest(narrowed.getRefreshToken()).send().getAccessToken(), "no more tokens for the cabinet from that session");
    }

    @Test
    void aModificationRacingAClosingNeverReopensIt() throws Exception {
        String holderEmail = CibtpRealm.uniqueEmail("titulaire");
        String site = Sites.linked(registry, runOnServer, backOffice, CibtpRealm.createUser(realm, holderEmail, PASSWORD, false), "COURSE", 1).get(0);
        String granteeEmail = CibtpRealm.uniqueEmail("delegue");
        CibtpRealm.createUser(realm, granteeEmail, PASSWORD, false);
        String holder = signIn(holderEmail).getAccessToken();
        int open = 0;
        for (int round = 0; round < 50; round++) {
            String id = created(api.post(holder, "/sites/" + site + "/delegations", Map.of("email", granteeEmail,
                    "colleges", List.of("ouvrier"), "droits", Map.of("telepaiements", "consultation"))));
            String path = "/sites/" + site + "/delegations/" + id;
            List<HttpResponse<String>> answers = Parallel.run(2, i -> i == 0
                    ? api.put(holder, path, Map.of("colleges", ALL_COLLEGES, "droits", Map.of("telepaiements", "mise_a_jour")))
                    : api.post(holder, path + "/fermeture", Map.of()));
            assertEquals(204, answers.get(1).statusCode(), answers.get(1).body());
            assertTrue(answers.get(0).statusCode() == 200 || answers.get(0).body().contains("\"deja_fermee\""),
                    "modified first, or told it is closed: " + answers.get(0).body());
            open += "fermee".equals(DelegationApi.json(api.get(holder, path)).get("statut").asText()) ? 0 : 1;
        }
        assertEquals(0, open, "delegations left open after a closing raced a modification, out of 50");
    }

    @Test
    void theLastAdministratorStaysWhenTheOthersLeaveAllAtOnce() throws Exception {
        // A site whose holder is gone: its administrators are delegates, and each leaves at the same moment.
        String site = Letters.site(registry, backOffice).identifiant();
        String formerHolder = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("ancien"), PASSWORD, false);
        int administrators = 5;
        List<String> tokens = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < administrators; i++) {
            String email = CibtpRealm.uniqueEmail("admin-" + i);
            String grantee = CibtpRealm.createUser(realm, email, PASSWORD, false);
            ids.add(runOnServer.fetch(DelegationsOnServer.add(Map.of("site", site, "granteeId", grantee, "grantorId", formerHolder,
                    "admin", "true", "colleges", String.join(",", ALL_COLLEGES), "modes", "planning=mise_a_jour",
                    "effet", LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString())), String.class));
            driver.open(realm.getBaseUrl());
            driver.driver().manage().deleteAllCookies();
            tokens.add(Portal.signIn(realm, oauth, email, PASSWORD).getAccessToken());
        }
        List<HttpResponse<String>> answers = Parallel.run(administrators, i -> api.post(tokens.get(i),
                "/sites/" + site + "/delegations/" + ids.get(i) + "/fermeture", Map.of()));
        long closed = answers.stream().filter(a -> a.statusCode() == 204).count();
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() != 204).toList();
        assertEquals(administrators - 1, closed, answers.stream().map(HttpResponse::body).toList().toString());
        assertEquals(1, refused.size());
        assertEquals("dernier_administrateur", DelegationApi.json(refused.get(0)).get("erreur").asText(), refused.get(0).body());
    }

    @Test
    void anAdministratorInvitesAtMostTheDailyNumberOfNewAccounts() {
        String holderEmail = CibtpRealm.uniqueEmail("titulaire");
        String site = Sites.linked(registry, runOnServer, backOffice, CibtpRealm.createUser(realm, holderEmail, PASSWORD, false), "INVITATIONS", 1).get(0);
        String existing = CibtpRealm.uniqueEmail("existant");
        CibtpRealm.createUser(realm, existing, PASSWORD, false);
        String holder = signIn(holderEmail).getAccessToken();
        CibtpRealm.updateSettings(realm, Map.of("invitations-per-day", "2"));
        try {
            Map<String, Object> rights = Map.of("colleges", List.of("ouvrier"), "droits", Map.of("planning", "consultation"));
            CibtpRealm.withMailServerDown(realm, () -> assertEquals(503, api.post(holder, "/sites/" + site + "/delegations",
                    withEmail(rights, CibtpRealm.uniqueEmail("non-envoye"))).statusCode(), "an invitation that could not be mailed..."));
            for (int i = 0; i < 2; i++) {
                created(api.post(holder, "/sites/" + site + "/delegations", withEmail(rights, CibtpRealm.uniqueEmail("invite"))));
            }
            // ... did not count: two more went out, the third is refused.
            String third = CibtpRealm.uniqueEmail("invite");
            HttpResponse<String> refused = api.post(holder, "/sites/" + site + "/delegations", withEmail(rights, third));
            assertEquals(429, refused.statusCode(), refused.body());
            assertEquals("trop_d_invitations", DelegationApi.json(refused).get("erreur").asText());
            assertTrue(realm.admin().users().searchByEmail(third, true).isEmpty(), "no account for the refused invitation");
            created(api.post(holder, "/sites/" + site + "/delegations", withEmail(rights, existing)));
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("invitations-per-day", "30"));
        }
    }

    @Test
    void invitationsAreCappedPerSiteWhateverTheAdministratorAndInTheRealm() {
        String holderEmail = CibtpRealm.uniqueEmail("titulaire");
        String site = Sites.linked(registry, runOnServer, backOffice, CibtpRealm.createUser(realm, holderEmail, PASSWORD, false), "PLAFONDS", 1).get(0);
        String delegateEmail = CibtpRealm.uniqueEmail("admin-delegue");
        CibtpRealm.createUser(realm, delegateEmail, PASSWORD, false);
        String holder = signIn(holderEmail).getAccessToken();
        created(api.post(holder, "/sites/" + site + "/delegations", Map.of("email", delegateEmail, "admin", true)));
        String delegate = signIn(delegateEmail).getAccessToken();
        Map<String, Object> reads = Map.of("colleges", List.of("ouvrier"), "droits", Map.of("planning", "consultation"));
        CibtpRealm.updateSettings(realm, Map.of("invitations-per-site-per-day", "2"));
        try {
            created(api.post(holder, "/sites/" + site + "/delegations", withEmail(reads, CibtpRealm.uniqueEmail("invite"))));
            created(api.post(delegate, "/sites/" + site + "/delegations", withEmail(reads, CibtpRealm.uniqueEmail("invite"))));
            HttpResponse<String> third = api.post(delegate, "/sites/" + site + "/delegations", withEmail(reads, CibtpRealm.uniqueEmail("invite")));
            assertEquals(429, third.statusCode(), third.body());
            assertEquals("trop_d_invitations_site", DelegationApi.json(third).get("erreur").asText(),
                    "a minted administrator does not multiply the site's invitations");
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("invitations-per-site-per-day", "30"));
        }

        int invitedToday = runOnServer.fetch(DelegationsOnServer.invitedToday(), Integer.class);
        CibtpRealm.updateSettings(realm, Map.of("invitations-per-realm-per-day", String.valueOf(invitedToday + 1)));
        try {
            created(api.post(holder, "/sites/" + site + "/delegations", withEmail(reads, CibtpRealm.uniqueEmail("invite"))));
            String refusedEmail = CibtpRealm.uniqueEmail("invite");
            HttpResponse<String> refused = api.post(holder, "/sites/" + site + "/delegations", withEmail(reads, refusedEmail));
            assertEquals(429, refused.statusCode(), refused.body());
            assertEquals("invitations_suspendues", DelegationApi.json(refused).get("erreur").asText());
            assertTrue(realm.admin().users().searchByEmail(refusedEmail, true).isEmpty(), "no account for the refused invitation");
        } finally {
            CibtpRealm.updateSettings(realm, Map.of("invitations-per-realm-per-day", "2000"));
        }
    }

    @Test
    void anInvitationNeverUsedFreesItsAddressAfterTheExpiryDays() {
        String holderEmail = CibtpRealm.uniqueEmail("titulaire");
        String site = Sites.linked(registry, runOnServer, backOffice, CibtpRealm.createUser(realm, holderEmail, PASSWORD, false), "OUBLIS", 1).get(0);
        String holder = signIn(holderEmail).getAccessToken();
        Map<String, Object> reads = Map.of("colleges", List.of("ouvrier"), "droits", Map.of("planning", "consultation"));
        String unused = CibtpRealm.uniqueEmail("jamais-venu");
        String used = CibtpRealm.uniqueEmail("venu");
        created(api.post(holder, "/sites/" + site + "/delegations", withEmail(reads, unused)));
        created(api.post(holder, "/sites/" + site + "/delegations", withEmail(reads, used)));
        String unusedId = realm.admin().users().searchByEmail(unused, true).get(0).getId();
        String usedId = realm.admin().users().searchByEmail(used, true).get(0).getId();
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        realm.admin().users().get(usedId).resetPassword(password);

        runOnServer.run(DelegationsOnServer.backdateInvitation(unusedId, 29));
        runOnServer.run(DelegationsOnServer.backdateInvitation(usedId, 31));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        runOnServer.fetch(DelegationsOnServer.expire(today), DelegationsOnServer.Expiry.class);
        assertEquals(2, realm.admin().users().searchByEmail(unused, true).size() + realm.admin().users().searchByEmail(used, true).size(),
                "29 days is not yet 30, and an activated account stays");

        runOnServer.run(DelegationsOnServer.backdateInvitation(unusedId, 2));
        DelegationsOnServer.Expiry done = runOnServer.fetch(DelegationsOnServer.expire(today), DelegationsOnServer.Expiry.class);
        assertEquals(1, done.invitationsRemoved(), done.toString());
        assertTrue(realm.admin().users().searchByEmail(unused, true).isEmpty(), "the unused invitation's account is gone");
        assertEquals(1, DelegationApi.json(api.get(holder, "/sites/" + site + "/delegations")).get("total").asInt(),
                "and the delegation made to it");
        created(api.post(holder, "/sites/" + site + "/delegations", withEmail(reads, unused)));
        assertEquals(1, realm.admin().users().searchByEmail(unused, true).size(), "its address can be invited again");
    }



    private AccessTokenResponse signIn(String email) {
        return Portal.freshSignInWithSms(realm, oauth, driver, operator, runOnServer, email, PASSWORD);
    }

    private Map<?, ?> claim(AccessTokenResponse tokens) {
        return Portal.claim(oauth, tokens);
    }
}
