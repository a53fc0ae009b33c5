package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ws.rs.BadRequestException;

import fr.cibtp.espace.it.pages.CibtpPage;
import fr.cibtp.espace.it.pages.UpdatePasswordPage;
import fr.cibtp.espace.it.support.CibtpRealm;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
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
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

/** The realm's password policy, with our 3-of-4 classes and blocklist providers, enforced inside Keycloak. */
@KeycloakIntegrationTest
class PasswordPolicyTest {

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @InjectRunOnServer(permittedPackages = "fr.cibtp.espace.it")
    RunOnServerClient runOnServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver driver;

    @Test
    void refusesAbcdefghAndAcceptsAbcdefg1() {
        String userId = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("politique"), null, false);

        BadRequestException refused = assertThrows(BadRequestException.class, () -> setPassword(userId, "abcdefgh"));
        assertTrue(body(refused).contains("at least 3 of these 4 kinds"), body(refused));

        setPassword(userId, "Abcdefg1");
    }

    @Test
    void refusesCommonPasswordsAndTheCaissesOwnWords() {
        String userId = CibtpRealm.createUser(realm, CibtpRealm.uniqueEmail("politique"), null, false);

        String common = body(assertThrows(BadRequestException.class, () -> setPassword(userId, "Password1")));
        assertTrue(common.contains("too common"), common);
        String forbidden = body(assertThrows(BadRequestException.class, () -> setPassword(userId, "MonCibtp-2026")));
        assertTrue(forbidden.contains("must not contain the word"), forbidden);
        assertThrows(BadRequestException.class, () -> setPassword(userId, "Abc1"));
    }

    @Test
    void theUpdatePasswordPageExplainsTheRuleInFrench() {
        String email = CibtpRealm.uniqueEmail("changement");
        CibtpRealm.createSiteHolder(realm, runOnServer, email, "Provisoire-2026", true);
        oauth.client(CibtpRealm.ENTREPRISE, CibtpRealm.clientSecret(realm, CibtpRealm.ENTREPRISE));
        PkceGenerator pkce = PkceGenerator.s256();

        oauth.loginForm().codeChallenge(pkce).uiLocales("fr").open();
        oauth.fillLoginForm(email, "Provisoire-2026");
        UpdatePasswordPage update = CibtpPage.on(driver, UpdatePasswordPage.class).update("abcdefgh", UpdatePasswordPage.class);

        List<String> errors = update.messages();
        assertEquals(1, errors.size(), update.source());
        String error = errors.get(0);
        assertEquals("Mot de passe non valide : il doit contenir des caractères d'au moins 3 des 4 types suivants : "
                + "majuscules, minuscules, chiffres, caractères spéciaux.", error);

        update.updateBackToPortal("Abcdefg1");
        AuthorizationEndpointResponse response = oauth.parseLoginResponse();
        assertNotNull(response.getCode(), driver.getCurrentUrl());
        assertNotNull(oauth.accessTokenRequest(response.getCode()).codeVerifier(pkce).send().getAccessToken());
    }

    private void setPassword(String userId, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        realm.admin().users().get(userId).resetPassword(credential);
    }

    private static String body(BadRequestException e) {
        return e.getResponse().readEntity(String.class);
    }
}
