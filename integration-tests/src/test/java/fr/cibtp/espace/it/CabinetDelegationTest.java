package fr.cibtp.espace.it;

import static fr.cibtp.espace.it.support.EnrollmentPages.lastLinkSentTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.UpdatePasswordPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.Portal;
import fr.cibtp.espace.it.support.DelegationApi;
import fr.cibtp.espace.it.support.RegistryApi;
import fr.cibtp.espace.it.support.RegistryOnServer;
import fr.cibtp.espace.it.support.Sites;
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

/**
 * The adhérent delegates to its cabinet comptable, whose administrator passes one right on to a collaborator; the
 * adhérent narrows, then ends, the cabinet's delegation, and the collaborator follows.
 */
@KeycloakIntegrationTest
class CabinetDelegationTest {

    private static final String PASSWORD = "Chantier-Metz-2026";

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

    @BeforeEach
    void smsGateway() {
        // Giving power asks a recent SMS code: grantors sign in with it.
        CibtpRealm.useSmsStandIn(realm, operator);
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void theCabinetsCollaboratorHoldsWhatWasPassedOnWithViaUntilTheAdherentNarrowsThenEndsIt() {
        RegistryApi registry = new RegistryApi(realm);
        DelegationApi api = new DelegationApi(realm);
        String backOffice = registry.serviceAccountToken("back-office-cabinet", true);
        String cabinet = Sites.cabinet(registry, backOffice, "COMPTAGESTION");
        String holderEmail = CibtpRealm.uniqueEmail("adherent");
        String holder = CibtpRealm.createUser(realm, holderEmail, PASSWORD, false);
        String site = Sites.linked(registry, runOnServer, backOffice, holder, "BÂTIR DU GRAND EST", 1, cabinet).get(0);
        String cabinetEmail = CibtpRealm.uniqueEmail("comptagestion");
        String cabinetAdmin = CibtpRealm.createUser(realm, cabinetEmail, PASSWORD, false);
        runOnServer.run(RegistryOnServer.link(cabinetAdmin, PrecompteKind.CABINET, cabinet));

        String adherent = signIn(holderEmail).getAccessToken();
        assertEquals(Words.fr("cibtpRightsCabinetNone"),
                DelegationApi.json(api.get(adherent, "/sites/" + site + "/cabinet")).get("message").asText());
        HttpResponse<String> delegated = api.put(adherent, "/sites/" + site + "/cabinet", Map.of("colleges", List.of("ouvrier", "etam", "cadre"),
                "droits", Map.of("situation-compte", "consultation", "planning", "consultation", "telepaiements", "mise_a_jour")));
        assertEquals(200, delegated.statusCode(), delegated.body());
        assertEquals("COMPTAGESTION", DelegationApi.json(delegated).get("cabinet").get("raison_sociale").asText());

        fresh();
        AccessTokenResponse cabinetTokens = signIn(cabinetEmail);
        Map<?, ?> cabinetClaim = claim(cabinetTokens);
        assertEquals("cabinet", cabinetClaim.get("role"), "the site is in the cabinet administrator's chooser");
        assertEquals("cabinet:" + cabinet, cabinetClaim.get("via"));
        assertEquals(3, ((Map<?, ?>) cabinetClaim.get("droits")).size());

        String cabinetToken = cabinetTokens.getAccessToken();
        String collaboratorEmail = CibtpRealm.uniqueEmail("collaborateur");
        HttpResponse<String> tooMuch = api.post(cabinetToken, "/sites/" + site + "/delegations", Map.of("email", collaboratorEmail,
                "colleges", List.of("ouvrier"), "droits", Map.of("informations-adherent", "consultation")));
        assertEquals(400, tooMuch.statusCode(), "a collaborator gets at most what the cabinet got");
        HttpResponse<String> passedOn = api.post(cabinetToken, "/sites/" + site + "/delegations", Map.of("email", collaboratorEmail,
                "nom", "ROUSSEL", "prenom", "Hugo", "colleges", List.of("ouvrier"), "droits", Map.of("telepaiements", "mise_a_jour")));
        assertEquals(201, passedOn.statusCode(), passedOn.body());
        assertEquals(1, DelegationApi.json(api.get(cabinetToken, "/sites/" + site + "/delegations")).get("total").asInt(),
                "the cabinet sees only what it passed on");
        assertEquals(403, api.delete(cabinetToken, "/sites/" + site + "/cabinet").statusCode());
        String adherentsToCabinet = DelegationApi.json(api.get(adherent, "/sites/" + site + "/delegations")).get("delegations")
                .findValues("id").stream().map(JsonNode::asText).filter(id -> !id.equals(DelegationApi.json(passedOn).get("id").asText()))
                .findFirst().orElseThrow();
        assertEquals(404, api.post(cabinetToken, "/sites/" + site + "/delegations/" + adherentsToCabinet + "/fermeture", Map.of()).statusCode(),
                "nor can it close the adhérent's delegation to it");

        fresh();
        driver.open(lastLinkSentTo(mail, collaboratorEmail));
        UpdatePasswordPage.fromLink(driver).updateAndLeave(PASSWORD);
        fresh();
        AccessTokenResponse collaborator = signIn(collaboratorEmail);
        Map<?, ?> collaboratorClaim = claim(collaborator);
        assertEquals(Map.of("telepaiements", "mise_a_jour"), collaboratorClaim.get("droits"));
        assertEquals("cabinet:" + cabinet, collaboratorClaim.get("via"));
        assertEquals("cabinet", collaboratorClaim.get("role"));

        assertEquals(200, api.put(adherent, "/sites/" + site + "/cabinet", Map.of("colleges", List.of("ouvrier", "etam", "cadre"),
                "droits", Map.of("situation-compte", "consultation", "planning", "consultation"))).statusCode());
        AccessTokenResponse refreshed = oauth.refreshRequest(collaborator.getRefreshToken()).send();
        assertNull(claim(refreshed).get("droits"), "narrowing the cabinet's delegation narrows the collaborator's at the next refresh");

        assertEquals(204, api.delete(adherent, "/sites/" + site + "/cabinet").statusCode());
        String collaboratorId = realm.admin().users().searchByEmail(collaboratorEmail, true).get(0).getId();
        assertEquals(0, realm.admin().users().get(collaboratorId).getUserSessions().size(), "ending it ends the collaborator's session");
        assertEquals(Words.fr("cibtpRightsCabinetNone"),
                DelegationApi.json(api.get(adherent, "/sites/" + site + "/cabinet")).get("message").asText());
    }

    private void fresh() {
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    private AccessTokenResponse signIn(String email) {
        return Portal.signInWithSms(realm, oauth, driver, operator, runOnServer, email, PASSWORD);
    }

    private Map<?, ?> claim(AccessTokenResponse tokens) {
        return Portal.claim(oauth, tokens);
    }
}
