package fr.cibtp.espace.it.container;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * What the tests add to the imported realm through the admin API, as the dev server does: a back-office client allowed
 * to import into the registry, the realm's mails sent to the mail catcher and its SMS to the stand-in operator.
 */
final class RealmSetup {

    static final String BACK_OFFICE = "back-office-tests";

    private RealmSetup() {
    }

    /** Creates the back-office client: its secret. */
    static String backOffice(RealmResource realm) {
        String secret = UUID.randomUUID().toString();
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(BACK_OFFICE);
        client.setSecret(secret);
        client.setPublicClient(false);
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setProtocolMappers(List.of(registryAudience()));
        String id;
        try (Response created = realm.clients().create(client)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        String serviceAccount = realm.clients().get(id).getServiceAccountUser().getId();
        realm.users().get(serviceAccount).roles().realmLevel().add(List.of(realm.roles().get("cibtp-registry-admin").toRepresentation()));
        return secret;
    }

    /** Realm settings, Email: the mail catcher. */
    static void mailTo(RealmResource realm, String host, int port) {
        RealmRepresentation settings = realm.toRepresentation();
        Map<String, String> smtp = new HashMap<>(settings.getSmtpServer());
        smtp.put("host", host);
        smtp.put("port", String.valueOf(port));
        settings.setSmtpServer(smtp);
        realm.update(settings);
    }

    /** Realm settings, CIBTP tab: the http SMS gateway, pointed at the stand-in. */
    static void smsTo(RealmResource realm, String url) {
        ComponentRepresentation settings = realm.components()
                .query(realm.toRepresentation().getId(), "org.keycloak.services.ui.extend.UiTabProvider").stream()
                .filter(c -> "CIBTP".equals(c.getProviderId())).findFirst().orElseThrow();
        settings.getConfig().putSingle("sms-gateway", "http");
        settings.getConfig().putSingle("sms-http-url", url);
        realm.components().component(settings.getId()).update(settings);
    }

    /** The registry API takes only tokens whose audience names it. */
    private static ProtocolMapperRepresentation registryAudience() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("audience cibtp-registry");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of("included.custom.audience", "cibtp-registry", "access.token.claim", "true",
                "introspection.token.claim", "true"));
        return mapper;
    }
}
