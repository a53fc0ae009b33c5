package fr.cibtp.espace.it.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;

/**
 * Helpers on the realm imported from the shipped realm-export.json. Test classes inject it with
 * {@code @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)}: one import for the whole suite.
 */
public final class CibtpRealm {

    public static final String JSON = "/realm-export.json";
    public static final String NAME = "cibtp";
    public static final String ENTREPRISE = "espace-entreprise";
    public static final String SALARIE = "espace-salarie";

    private CibtpRealm() {
    }

    /** A fresh address per call, so test classes sharing the realm never collide. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    public static String clientSecret(ManagedRealm realm, String clientId) {
        ClientRepresentation client = realm.admin().clients().findByClientId(clientId).get(0);
        return realm.admin().clients().get(client.getId()).getSecret().getValue();
    }

    /** The realm's CIBTP settings component (Realm settings, CIBTP tab), shipped in realm-export.json. */
    public static ComponentRepresentation settings(ManagedRealm realm) {
        return realm.admin().components()
                .query(realm.admin().toRepresentation().getId(), "org.keycloak.services.ui.extend.UiTabProvider").stream()
                .filter(c -> "CIBTP".equals(c.getProviderId())).findFirst().orElseThrow();
    }

    /** Changes some CIBTP settings as an administrator would in the admin console. */
    public static void updateSettings(ManagedRealm realm, Map<String, String> values) {
        ComponentRepresentation settings = settings(realm);
        values.forEach((key, value) -> settings.getConfig().putSingle(key, value));
        realm.admin().components().component(settings.getId()).update(settings);
    }

    /** The realm's SMS gateway becomes the http one, pointed at the stand-in. */
    public static void useSmsStandIn(ManagedRealm realm, fr.cibtp.espace.dev.SmsGatewayStandIn operator) {
        updateSettings(realm, Map.of("sms-gateway", "http", "sms-http-url", operator.sendUrl()));
    }

    public static void noSmsGateway(ManagedRealm realm) {
        updateSettings(realm, Map.of("sms-gateway", "none"));
    }

    /** Runs {@code during} while the realm's mail server is unreachable, then puts it back. */
    public static void withMailServerDown(ManagedRealm realm, Runnable during) {
        org.keycloak.representations.idm.RealmRepresentation settings = realm.admin().toRepresentation();
        Map<String, String> smtp = settings.getSmtpServer();
        settings.setSmtpServer(Map.of("host", "localhost", "port", "1", "from", smtp.get("from")));
        realm.admin().update(settings);
        try {
            during.run();
        } finally {
            settings.setSmtpServer(smtp);
            realm.admin().update(settings);
        }
    }

    /**
     * Creates a user as {@link #createUser} does, holding one site déclarant of its own, as every account that signs
     * in to the entreprise space does (without a site the sign-in stops at "no site"); returns its id.
     */
    public static String createSiteHolder(ManagedRealm realm, RunOnServerClient runOnServer, String email, String password,
                                          boolean temporaryPassword, String... requiredActions) {
        String userId = createUser(realm, email, password, temporaryPassword, requiredActions);
        RegistryApi api = new RegistryApi(realm);
        Sites.linked(api, runOnServer, api.serviceAccountToken("back-office-tests", true), userId, "ENTREPRISE DE TEST", 1);
        return userId;
    }

    /** Creates an enabled user with a verified email and the given pending required actions; returns its id. */
    public static String createUser(ManagedRealm realm, String email, String password, boolean temporaryPassword,
                                    String... requiredActions) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Sandrine");
        user.setLastName("Lemoine");
        user.setRequiredActions(List.of(requiredActions));
        if (password != null) {
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(temporaryPassword);
            user.setCredentials(List.of(credential));
        }
        try (Response response = realm.admin().users().create(user)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }
}
