package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import fr.cibtp.espace.dev.SmsGatewayStandIn;
import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.PasskeyRefusedPage;
import fr.cibtp.espace.it.pages.PasskeyRegistrationPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.InjectSmsGateway;
import fr.cibtp.espace.it.support.MobileOnServer;
import fr.cibtp.espace.it.support.Words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
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
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/**
 * A passkey is a second factor: adding one needs the step-up's proof, whatever address the browser is sent to. A
 * stolen password alone adds none to an account that has a certified mobile; Keycloak's own registrations, which ask
 * nothing more, are off. And what the passkeys changed in the realm: on, discoverable, unlocked each time.
 */
@KeycloakIntegrationTest
class PasskeyAuthorityTest {

    private static final String PASSWORD = "Maconnerie-Thionville-57";

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectSmsGateway
    SmsGatewayStandIn operator;

    @BeforeEach
    void freshBrowser() {
        CibtpRealm.useSmsStandIn(realm, operator);
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        driver.open(realm.getBaseUrl());
        driver.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void noGatewayAgain() {
        CibtpRealm.noSmsGateway(realm);
    }

    @Test
    void aPasswordAloneAddsNoPasskeyToAnAccountWithACertifiedMobile() {
        String email = CibtpRealm.uniqueEmail("passkey-refus");
        String userId = CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        runOnServer.run(MobileOnServer.certify(userId, "+33612340057"));

        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").param("kc_action", "cibtp-passkey").open();
        oauth.fillLoginForm(email, PASSWORD);

        PasskeyRefusedPage refused = CibtpPage.on(driver, PasskeyRefusedPage.class);
        assertEquals("Ajouter une clé d'accès", refused.title());
        assertEquals(Words.fr("cibtpPasskeyStepUpFirst"), refused.message());
        assertTrue(refused.explanation().contains("Mon compte utilisateur"));
        assertFalse(PasskeyRegistrationPage.isOffered(driver), "no registration offered");
        assertEquals(0, realm.admin().users().get(userId).credentials().stream().filter(c -> "webauthn-passwordless".equals(c.getType())).count());
    }

    @Test
    void keycloaksOwnRegistrationsAreOffAndThePasskeysOn() {
        List<RequiredActionProviderRepresentation> actions = realm.admin().flows().getRequiredActions();
        for (String stock : List.of("webauthn-register", "webauthn-register-passwordless")) {
            assertFalse(actions.stream().filter(a -> stock.equals(a.getAlias())).findFirst().orElseThrow().isEnabled(), stock);
        }
        assertTrue(actions.stream().filter(a -> "cibtp-passkey".equals(a.getAlias())).findFirst().orElseThrow().isEnabled());
        var shipped = realm.admin().toRepresentation();
        assertTrue(shipped.getWebAuthnPolicyPasswordlessPasskeysEnabled());
        assertEquals("required", shipped.getWebAuthnPolicyPasswordlessUserVerificationRequirement());
        assertEquals("required", shipped.getWebAuthnPolicyPasswordlessResidentKey());

        String email = CibtpRealm.uniqueEmail("passkey-stock");
        CibtpRealm.createSiteHolder(realm, runOnServer, email, PASSWORD, false);
        oauth.loginForm().codeChallenge(PkceGenerator.s256()).uiLocales("fr").param("kc_action", "webauthn-register-passwordless").open();
        oauth.fillLoginForm(email, PASSWORD);
        assertFalse(PasskeyRegistrationPage.isOffered(driver), "Keycloak's registration is not reached: " + driver.driver().getCurrentUrl());
    }
}
