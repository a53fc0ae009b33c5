package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.cibtp.espace.it.support.CibtpRealm;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.representations.info.ThemeInfoRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;

/** The providers are deployed in a stock Keycloak and the shipped realm-export.json imports as promised. */
@KeycloakIntegrationTest
class DeploymentTest {

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @Test
    void ourPasswordPoliciesAreOfferedInTheAdminConsole() {
        ServerInfoRepresentation info = admin.serverInfo().getInfo();
        Map<String, String> policies = info.getPasswordPolicies().stream()
                .collect(Collectors.toMap(p -> p.getId(), p -> p.getDisplayName()));
        assertTrue(policies.get("cibtpCharacterClasses").startsWith("CIBTP"), policies.toString());
        assertTrue(policies.get("cibtpBlocklist").startsWith("CIBTP"), policies.toString());
    }

    @Test
    void ourLoginThemesAreInstalled() {
        List<ThemeInfoRepresentation> login = admin.serverInfo().getInfo().getThemes().get("login");
        Set<String> names = login.stream().map(ThemeInfoRepresentation::getName).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("cibtp", "cibtp-entreprise", "cibtp-salarie")), names.toString());
    }

    @Test
    void theRealmHasTheSecuritySettingsOfTheDesign() {
        RealmRepresentation rep = realm.admin().toRepresentation();
        assertEquals("fr", rep.getDefaultLocale());
        assertEquals(Set.of("fr", "en"), rep.getSupportedLocales());
        assertTrue(rep.isRegistrationEmailAsUsername());
        assertTrue(rep.isLoginWithEmailAllowed());
        assertEquals(Boolean.FALSE, rep.isDuplicateEmailsAllowed());
        assertTrue(rep.isBruteForceProtected());
        assertTrue(rep.getFailureFactor() <= 10);
        assertEquals(300, rep.getAccessTokenLifespan());
        assertTrue(rep.isEventsEnabled());
        assertTrue(rep.isAdminEventsEnabled());
        assertTrue(rep.getPasswordPolicy().contains("cibtpCharacterClasses(3)"), rep.getPasswordPolicy());
        assertTrue(rep.getPasswordPolicy().contains("cibtpBlocklist("), rep.getPasswordPolicy());
        assertTrue(rep.getPasswordPolicy().contains("length(8)"), rep.getPasswordPolicy());
        assertEquals("{\"mot-de-passe\":1,\"sms\":2}", rep.getAttributes().get("acr.loa.map"));
        assertNotNull(realm.admin().roles().get("cibtp-registry-admin").toRepresentation());
        assertEquals("cibtp browser", rep.getBrowserFlow());
        assertEquals("cibtp reset credentials", rep.getResetCredentialsFlow());
        assertEquals("cibtp enrollment", rep.getRegistrationFlow());
        assertTrue(rep.isRegistrationAllowed(), "the login page's enrollment links use the registration flow");
        assertTrue(rep.isVerifyEmail());
        assertEquals("cibtp", rep.getEmailTheme());
        assertTrue(rep.getEventsListeners().contains("cibtp-email-certification"));
        assertTrue(realm.admin().flows().getRequiredAction("cibtp-phone-certification").isEnabled());
        for (String action : new String[]{"cibtp-switch-site", "cibtp-email-recertification", "cibtp-email-change"}) {
            assertTrue(realm.admin().flows().getRequiredAction(action).isEnabled(), action);
        }
    }

    @Test
    void eachSpaceHasItsOwnLoginTheme() {
        assertEquals("cibtp-entreprise", client(CibtpRealm.ENTREPRISE).getAttributes().get("login_theme"));
        assertEquals("cibtp-salarie", client(CibtpRealm.SALARIE).getAttributes().get("login_theme"));
    }

    private ClientRepresentation client(String clientId) {
        return realm.admin().clients().findByClientId(clientId).get(0);
    }
}
