package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.DelegationApi.created;
import static fr.cibtp.espace.it.support.DelegationApi.withEmail;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastMailTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.AssociationPage;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.EnrollmentDonePage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.CodesOnServer;
import fr.cibtp.espace.it.support.DelegationApi;
import fr.cibtp.espace.it.support.DelegationsOnServer;
import fr.cibtp.espace.it.support.EnrollmentPages;
import fr.cibtp.espace.it.support.EnrollmentPages.Mail;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.Sites;
import fr.cibtp.espace.it.support.TestIdentifiers;
import fr.cibtp.espace.it.support.Words;
import fr.cibtp.espace.registry.PrecompteKind;
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
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/**
 * Holding a site ends: the back office takes a holder away, an import that moves a site to another adhérent takes
 * the former company's holders away, and with a holding go what was delegated from it and the account's sessions,
 * offline ones included. A new holder is told to those who held the site before.
 */
@KeycloakIntegrationTest
class HolderPowerTest {

    private static final String PASSWORD = EnrollmentPages.PASSWORD;
    private static final Map<String, Object> PAYS = Map.of("colleges", List.of("ouvrier"), "droits", Map.of("telepaiements", "mise_a_jour"));
    private static final Map<String, Object> READS = Map.of("colleges", List.of("ouvrier"), "droits", Map.of("planning", "consultation"));

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
        CibtpRealm.useSmsStandIn(realm, operator);
        registry = new RegistryApi(realm);
        api = new DelegationApi(realm);
        backOffice = registry.serviceAccountToken("back-office-holders", true);
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void aHoldingRemovedFromTheRegistryGivesNoRightAtTheNextRefreshLiveOrOffline() {
        String email = CibtpRealm.uniqueEmail("ancien-titulaire");
        String holder = CibtpRealm.createUser(realm, email, PASSWORD, false);
        String site = Sites.linked(registry, runOnServer, backOffice, holder, "ANCIENNE SOCIÉTÉ", 1).get(0);
        AccessTokenResponse live = signIn(email);
        String offline = offlineToken();
        assertEquals("administrateur", refreshed(live.getRefreshToken()).get("role"));
        assertEquals("administrateur", refreshed(offline).get("role"), "the holding is now kept in both sessions");

        runOnServer.run(RegistryOnServer.unlink(holder, site));
        for (String token : List.of(live.getRefreshToken(), offline)) {
            Map<?, ?> after = refreshed(token);
            assertEquals(site, ((Map<?, ?>) after.get("site")).get("identifiant"));
            assertEquals(null, after.get("role"), "no longer its holder, no right at the next refresh: " + after);
            assertEquals(null, after.get("droits"), after.toString());
        }
    }

    @Test
    void theBackOfficeTakesAHolderAwayWithWhatItGaveAndItsSessions() {
        String aEmail = CibtpRealm.uniqueEmail("titulaire-parti");
        String a = CibtpRealm.createUser(realm, aEmail, PASSWORD, false);
        String site = Sites.linked(registry, runOnServer, backOffice, a, "SOCIÉTÉ QUITTÉE", 1).get(0);
        String bEmail = CibtpRealm.uniqueEmail("titulaire-reste");
        String b = CibtpRealm.createUser(realm, bEmail, PASSWORD, false);
        runOnServer.run(RegistryOnServer.link(b, PrecompteKind.SITE, site));

        AccessTokenResponse aLive = signInWithSms(aEmail);
        String aOffline = offlineToken();
        String dEmail = CibtpRealm.uniqueEmail("delegue-de-a");
        created(api.post(aLive.getAccessToken(), "/sites/" + site + "/delegations", Map.of("email", dEmail, "admin", true)));
        String eEmail = CibtpRealm.uniqueEmail("delegue-de-b");
        created(api.post(signInWithSms(bEmail).getAccessToken(), "/sites/" + site + "/delegations", withEmail(READS, eEmail)));
        assertEquals("administrateur", rights(dEmail, site).role());

        assertEquals(List.of(a, b), holders(site));
        HttpResponse<String> removed = registry.delete(backOffice, "/cibtp-registry/precomptes/" + site + "/titulaires/" + a);
        assertEquals(200, removed.statusCode(), removed.body());
        JsonNode answer = RegistryApi.json(removed);
        assertEquals(site, answer.get("identifiant").asText());
        assertEquals(1, answer.get("delegations_fermees").asInt(), "the delegation it made, no other");
        assertTrue(answer.get("sessions_terminees").asInt() >= 2, "its browser and its offline session: " + removed.body());

        assertEquals(400, oauth.refreshRequest(aLive.getRefreshToken()).send().getStatusCode(), "its browser's session is over");
        assertEquals(400, oauth.refreshRequest(aOffline).send().getStatusCode(), "its offline token is dead");
        assertEquals("", rights(dEmail, site).role(), "what it gave ends with its holding");
        assertEquals("utilisateur", rights(eEmail, site).role(), "what the holder who stays gave, stays");
        assertEquals(List.of(b), holders(site));

        assertRefused(404, "titulaire_inconnu", registry.delete(backOffice, "/cibtp-registry/precomptes/" + site + "/titulaires/" + a));
        assertRefused(404, "identifiant_inconnu", registry.delete(backOffice, "/cibtp-registry/precomptes/"
                + TestIdentifiers.identifiant() + "/titulaires/" + b));

        // Without a holder, nothing delegated on the site hangs from anyone.
        HttpResponse<String> last = registry.delete(backOffice, "/cibtp-registry/precomptes/" + site + "/titulaires/" + b);
        assertEquals(1, RegistryApi.json(last).get("delegations_fermees").asInt(), last.body());
        assertEquals("", rights(eEmail, site).role());
        assertEquals(List.of(), holders(site));
    }

    @Test
    void anImportThatMovesASiteToAnotherAdherentEndsTheFormerCompanysHolding() {
        Letters.NewSite sold = Letters.newSite();
        registry.importNdjson(backOffice, sold.ndjson());
        String site = sold.letters().identifiant();
        String formerAdherent = field(sold.ndjson(), "numero_adherent");
        String hEmail = CibtpRealm.uniqueEmail("vendeur");
        String h = CibtpRealm.createUser(realm, hEmail, PASSWORD, false);
        runOnServer.run(RegistryOnServer.link(h, PrecompteKind.SITE, site));
        AccessTokenResponse hLive = signInWithSms(hEmail);
        String hOffline = offlineToken();
        String dEmail = CibtpRealm.uniqueEmail("delegue-vendeur");
        created(api.post(hLive.getAccessToken(), "/sites/" + site + "/delegations", withEmail(PAYS, dEmail)));

        String siren = TestIdentifiers.siren();
        String buyer = TestIdentifiers.numeroAdherent();
        String siret = TestIdentifiers.siret(siren);
        HttpResponse<String> imported = registry.importNdjson(backOffice, "{\"type\":\"adherent\",\"numero_adherent\":\"" + buyer
                + "\",\"siren\":\"" + siren + "\",\"raison_sociale\":\"REPRENEUR DU BOIS\"}\n{\"type\":\"site\",\"identifiant\":\"" + site
                + "\",\"numero_adherent\":\"" + buyer + "\",\"siret\":\"" + siret + "\",\"nom\":\"ÉPINAL\"}\n");
        JsonNode report = RegistryApi.json(imported);
        assertEquals(1, report.get("changed_hands_total").asInt(), imported.body());
        JsonNode moved = report.get("changed_hands").get(0);
        assertEquals(2, moved.get("line").asInt());
        assertEquals(site, moved.get("identifiant").asText());
        assertEquals(formerAdherent, moved.get("former_adherent").asText());
        assertEquals(buyer, moved.get("adherent").asText());
        assertEquals(1, moved.get("holders_removed").asInt());
        assertEquals(1, moved.get("delegations_closed").asInt());
        assertTrue(moved.get("sessions_ended").asInt() >= 2, imported.body());

        assertEquals(List.of(), holders(site));
        assertEquals(400, oauth.refreshRequest(hOffline).send().getStatusCode(), "the seller's offline token is dead");
        assertEquals("", rights(dEmail, site).role());
        CodesOnServer.Check oldLetter = runOnServer.fetch(CodesOnServer.check(PrecompteKind.SITE, site, siret, sold.letters().code()),
                CodesOnServer.Check.class);
        assertEquals("USED", oldLetter.outcome(), "the seller's letter opens nothing for the buyer's site");
    }

    @Test
    void anotherAccountBecomingHolderIsToldToTheHoldersBefore() {
        Letters letters = Letters.site(registry, backOffice);
        String firstEmail = CibtpRealm.uniqueEmail("premier-titulaire");
        runOnServer.run(RegistryOnServer.link(CibtpRealm.createUser(realm, firstEmail, PASSWORD, false), PrecompteKind.SITE,
                letters.identifiant()));
        String secondEmail = CibtpRealm.uniqueEmail("second-titulaire");
        CibtpRealm.createUser(realm, secondEmail, PASSWORD, false);

        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").open();
        EnrollmentDonePage associated = CibtpPage.on(driver, SignInPage.class).startAssociation()
                .fillLetter(letters.identifiant(), letters.siret(), letters.code()).submit(AssociationPage.class).signIn(secondEmail, PASSWORD);
        assertNotNull(associated.associated());

        Mail notice = lastMailTo(mail, firstEmail);
        assertEquals(Words.fr("cibtpNewHolderSubject"), notice.subject());
        assertTrue(notice.text().contains("Le compte " + secondEmail + " vient d'utiliser un code confidentiel reçu par courrier pour "
                + "accéder à l'Espace sécurisé CIBTP de CHARPENTES VOSGIENNES – ÉPINAL (identifiant CIBTP " + letters.identifiant() + ")"),
                notice.text());
        assertTrue(notice.text().contains("prévenez aussitôt votre caisse"), notice.text());
        assertEquals(0, EnrollmentPages.mailsTo(mail, secondEmail), "the new holder is not told of itself");
    }

    private List<String> holders(String site) {
        HttpResponse<String> listed = registry.get(backOffice, "/cibtp-registry/precomptes/" + site + "/titulaires");
        assertEquals(200, listed.statusCode(), listed.body());
        List<String> ids = new ArrayList<>();
        RegistryApi.json(listed).forEach(row -> ids.add(row.get("compte").asText()));
        return ids;
    }

    private DelegationsOnServer.Rights rights(String email, String site) {
        String id = realm.admin().users().searchByEmail(email, true).get(0).getId();
        return runOnServer.fetch(DelegationsOnServer.rights(id, site), DelegationsOnServer.Rights.class);
    }

    private Map<?, ?> refreshed(String refreshToken) {
        AccessTokenResponse refreshed = oauth.refreshRequest(refreshToken).send();
        assertNotNull(refreshed.getAccessToken(), refreshed.getErrorDescription());
        return Portal.claim(oauth, refreshed);
    }

    /** The portal's offline token, from the browser's session of the last sign-in. */
    private String offlineToken() {
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.loginForm().codeChallenge(pkce).scope("offline_access").uiLocales("fr").open();
        return oauth.accessTokenRequest(oauth.parseLoginResponse().getCode()).codeVerifier(pkce).send().getRefreshToken();
    }

    private AccessTokenResponse signIn(String email) {
        return Portal.freshSignIn(realm, oauth, driver, email, PASSWORD);
    }

    private AccessTokenResponse signInWithSms(String email) {
        return Portal.freshSignInWithSms(realm, oauth, driver, operator, runOnServer, email, PASSWORD);
    }

    private static void assertRefused(int status, String code, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals(code, RegistryApi.json(answer).get("erreur").asText(), answer.body());
    }



    private static String field(String ndjson, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(ndjson);
        assertTrue(m.find(), ndjson);
        return m.group(1);
    }
}
