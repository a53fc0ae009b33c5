package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.DelegationApi.created;
import static fr.cibtp.espace.it.support.DelegationApi.withEmail;
import static fr.cibtp.espace.it.support.EnrollmentPages.lastMailTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.DelegationFormPage;
import fr.cibtp.espace.it.pages.NoMobilePage;
import fr.cibtp.espace.it.pages.RightsListPage;
import fr.cibtp.espace.it.pages.SignInPage;
import fr.cibtp.espace.it.pages.SmsCodePage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.DelegationApi;
import fr.cibtp.espace.it.support.EnrollmentPages.Mail;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.Sites;
import fr.cibtp.espace.it.support.SmsCodes;
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
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/**
 * Power over a site is given only with a recent second factor, told to whoever answers for the site, and stays in the
 * branch it was given from: a stolen password makes no administrator, and what a delegate gave ends and narrows with
 * what is above it.
 */
@KeycloakIntegrationTest
class GrantAuthorityTest {

    private static final String PASSWORD = "Chantier-Metz-2026";
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

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private RegistryApi registry;
    private DelegationApi api;
    private String backOffice;

    @BeforeEach
    void apis() {
        CibtpRealm.useSmsStandIn(realm, operator);
        registry = new RegistryApi(realm);
        api = new DelegationApi(realm);
        backOffice = registry.serviceAccountToken("back-office-authority", true);
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void aPasswordAloneGivesNoPowerAndTheHolderIsToldOfEachGrant() {
        String holderEmail = CibtpRealm.uniqueEmail("titulaire");
        String site = Sites.linked(registry, runOnServer, backOffice, CibtpRealm.createUser(realm, holderEmail, PASSWORD, false), "POUVOIR", 1).get(0);
        Portal.certifiedMobile(realm, runOnServer, holderEmail);
        String passwordOnly = signIn(holderEmail).getAccessToken();

        String attacker = CibtpRealm.uniqueEmail("attaquant");
        HttpResponse<String> admin = api.post(passwordOnly, "/sites/" + site + "/delegations", Map.of("email", attacker, "admin", true));
        assertStepUpAsked(admin);
        assertTrue(realm.admin().users().searchByEmail(attacker, true).isEmpty(), "no account invited");
        assertStepUpAsked(api.post(passwordOnly, "/sites/" + site + "/delegations", withEmail(PAYS, attacker)));
        assertEquals(201, api.post(passwordOnly, "/sites/" + site + "/delegations", withEmail(READS, CibtpRealm.uniqueEmail("lecteur")))
                .statusCode(), "consultation only gives no power");

        AccessTokenResponse withSms = signInWithSms(holderEmail);
        String colleague = CibtpRealm.uniqueEmail("collegue");
        String id = created(api.post(withSms.getAccessToken(), "/sites/" + site + "/delegations", withEmail(PAYS, colleague)));
        Mail notice = lastMailTo(mail, holderEmail);
        assertEquals(Words.fr("cibtpGrantNoticeSubject"), notice.subject());
        assertTrue(notice.text().contains("Sandrine Lemoine vient d'accorder des droits de mise à jour à " + colleague), notice.text());
        assertTrue(notice.text().contains("/cibtp-delegations/droits-acces/" + id + "/fermeture?site=" + site), notice.text());

        // Ten minutes later the code is stale: the same session's fresh token no longer gives power.
        timeOffSet.set(11 * 60);
        String later = oauth.refreshRequest(withSms.getRefreshToken()).send().getAccessToken();
        assertStepUpAsked(api.put(later, "/sites/" + site + "/delegations/" + id, Map.of("admin", true)));
        assertEquals(200, api.put(later, "/sites/" + site + "/delegations/" + id, withEmail(READS, null)).statusCode(), "narrowing needs no code");
    }

    @Test
    void theCabinetsDelegationNeedsTheCodeToo() {
        String cabinet = Sites.cabinet(registry, backOffice, "CHIFFRES DE LORRAINE");
        String cabinetAdmin = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("cabinet"), PASSWORD, false);
        runOnServer.run(RegistryOnServer.link(cabinetAdmin, PrecompteKind.CABINET, cabinet));
        String holderEmail = CibtpRealm.uniqueEmail("titulaire");
        String site = Sites.linked(registry, runOnServer, backOffice, CibtpRealm.createUser(realm, holderEmail, PASSWORD, false), "AU CABINET",
                1, cabinet).get(0);

        assertStepUpAsked(api.put(signIn(holderEmail).getAccessToken(), "/sites/" + site + "/cabinet", READS));
        assertEquals(200, api.put(signInWithSms(holderEmail).getAccessToken(), "/sites/" + site + "/cabinet", READS).statusCode());
        assertTrue(lastMailTo(mail, holderEmail).text().contains("une délégation de droits au cabinet comptable à CHIFFRES DE LORRAINE"));

        // What the holder gave the cabinet is the holder's: an administrator delegate neither widens nor ends it.
        String delegateEmail = account("delegue-admin");
        created(api.post(signInWithSms(holderEmail).getAccessToken(), "/sites/" + site + "/delegations",
                Map.of("email", delegateEmail, "admin", true)));
        String delegate = signInWithSms(delegateEmail).getAccessToken();
        assertRefused(403, "hors_de_votre_branche", api.put(delegate, "/sites/" + site + "/cabinet", PAYS));
        assertRefused(403, "hors_de_votre_branche", api.delete(delegate, "/sites/" + site + "/cabinet"));
    }

    @Test
    void anAdministratorDelegateChangesOnlyItsOwnBranchAndNothingOutlivesWhatIsAbove() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String holderEmail = CibtpRealm.uniqueEmail("titulaire");
        String site = Sites.linked(registry, runOnServer, backOffice, CibtpRealm.createUser(realm, holderEmail, PASSWORD, false), "BRANCHES", 1).get(0);
        String aEmail = account("delegue-a");
        String bEmail = account("delegue-b");
        String cEmail = account("delegue-c");
        String holder = signInWithSms(holderEmail).getAccessToken();
        String a = created(api.post(holder, "/sites/" + site + "/delegations", Map.of("email", aEmail, "admin", true,
                "date_fin", today.plusDays(30).toString())));
        String b = created(api.post(holder, "/sites/" + site + "/delegations", Map.of("email", bEmail, "admin", true)));

        String delegateA = signInWithSms(aEmail).getAccessToken();
        assertRefused(403, "hors_de_votre_branche", api.put(delegateA, path(site, b), Map.of("admin", true,
                "date_fin", today.plusDays(5).toString())));
        assertRefused(403, "hors_de_votre_branche", api.post(delegateA, path(site, b) + "/fermeture", Map.of()));
        String c = created(api.post(delegateA, "/sites/" + site + "/delegations", Map.of("email", cEmail, "admin", true,
                "date_fin", today.plusDays(30).toString())));
        assertEquals(200, api.put(delegateA, path(site, c), Map.of("admin", true, "date_fin", today.plusDays(25).toString())).statusCode(),
                "its own branch, it changes");

        String delegateC = signInWithSms(cEmail).getAccessToken();
        assertRefused(403, "hors_de_votre_branche", api.put(delegateC, path(site, a), Map.of("admin", true)));
        assertRefused(403, "hors_de_votre_branche", api.put(delegateC, path(site, c), Map.of("admin", true,
                "date_fin", today.plusDays(28).toString())), "its own delegation, only to narrow it");

        assertEquals(200, api.put(holder, path(site, a), Map.of("admin", true, "date_fin", today.plusDays(10).toString())).statusCode());
        assertRefused(400, "hors_periode_jusqu_au", api.post(delegateC, "/sites/" + site + "/delegations", Map.of("email",
                account("delegue-d"), "admin", true, "date_fin", today.plusDays(20).toString())));
        assertRefused(400, "hors_periode_jusqu_au", api.put(holder, path(site, c), Map.of("admin", true,
                "date_fin", today.plusDays(60).toString())));
    }

    @Test
    void thePageAsksTheSmsCodeBeforeTheFormThatGivesPower() {
        String holderEmail = CibtpRealm.uniqueEmail("titulaire-page");
        Sites.linked(registry, runOnServer, backOffice, CibtpRealm.createUser(realm, holderEmail, PASSWORD, false), "PAGE ET CODE", 1);
        pageSignIn(holderEmail).addDelegationAskingTheSmsCode(NoMobilePage.class);

        Portal.certifiedMobile(realm, runOnServer, holderEmail);
        SmsCodePage code = pageSignIn(holderEmail).addDelegationAskingTheSmsCode(SmsCodePage.class);
        DelegationFormPage form = code.receiveCode().enterCode(SmsCodes.last(operator), DelegationFormPage.class);
        assertTrue(form.title().length() > 0);
        assertTrue(driver.driver().getCurrentUrl().contains("/droits-acces/ajout"), driver.driver().getCurrentUrl());
    }

    private RightsListPage pageSignIn(String email) {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
        driver.open(realm.getBaseUrl() + "/cibtp-delegations/droits-acces");
        return CibtpPage.on(driver, SignInPage.class).signInWithButton(email, PASSWORD, RightsListPage.class);
    }

    private static void assertStepUpAsked(HttpResponse<String> answer) {
        assertRefused(401, "second_facteur_requis", answer);
        String challenge = answer.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.contains("error=\"insufficient_user_authentication\"") && challenge.contains("acr_values=\"sms\"")
                && challenge.contains("max_age=600"), challenge);
    }

    private static void assertRefused(int status, String code, HttpResponse<String> answer) {
        assertRefused(status, code, answer, answer.body());
    }

    private static void assertRefused(int status, String code, HttpResponse<String> answer, String why) {
        assertEquals(status, answer.statusCode(), why + ": " + answer.body());
        assertEquals(code, DelegationApi.json(answer).get("erreur").asText(), answer.body());
    }

    private String account(String prefix) {
        String email = CibtpRealm.uniqueEmail(prefix);
        CibtpRealm.createUser(realm, email, PASSWORD, false);
        return email;
    }

    private static String path(String site, String id) {
        return "/sites/" + site + "/delegations/" + id;
    }



    private AccessTokenResponse signIn(String email) {
        return Portal.freshSignIn(realm, oauth, driver, email, PASSWORD);
    }

    private AccessTokenResponse signInWithSms(String email) {
        return Portal.freshSignInWithSms(realm, oauth, driver, operator, runOnServer, email, PASSWORD);
    }
}
