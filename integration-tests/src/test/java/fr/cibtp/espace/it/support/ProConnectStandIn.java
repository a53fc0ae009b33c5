package fr.cibtp.espace.it.support;

import java.util.List;
import java.util.Map;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * A realm of the test server that answers as ProConnect does: a client for the caisse, the scopes the caisse asks
 * (email, given_name, usual_name, siret), one person, Paule Martin, whose organisation's SIRET is given; and the
 * caisse's "proconnect" provider pointed at it and turned on, as the guide says. {@link #close} puts the provider back
 * as shipped (off) and removes the realm.
 */
public final class ProConnectStandIn implements AutoCloseable {

    public static final String REALM = "proconnect-standin";
    public static final String USERNAME = "paule.martin";
    public static final String PASSWORD = "MotDePasse-ProConnect-1";
    private static final String CLIENT = "cibtp-espace-securise";
    private static final String SECRET = "secret-du-client-proconnect";

    private final Keycloak admin;
    private final ManagedRealm realm;
    private final IdentityProviderRepresentation shipped;

    private ProConnectStandIn(Keycloak admin, ManagedRealm realm, IdentityProviderRepresentation shipped) {
        this.admin = admin;
        this.realm = realm;
        this.shipped = shipped;
    }

    /** The stand-in for a person whose ProConnect email is {@code email} and organisation's SIRET {@code siret}. */
    public static ProConnectStandIn start(Keycloak admin, ManagedRealm realm, String email, String siret) {
        IdentityProviderRepresentation shipped = realm.admin().identityProviders().get("proconnect").toRepresentation();
        ProConnectStandIn standIn = new ProConnectStandIn(admin, realm, shipped);
        standIn.close();
        RealmRepresentation standInRealm = new RealmRepresentation();
        standInRealm.setRealm(REALM);
        standInRealm.setEnabled(true);
        standInRealm.setUsers(List.of(person(email)));
        admin.realms().create(standInRealm);
        for (ClientScopeRepresentation scope : List.of(scope("given_name", null), scope("usual_name", null), scope("siret", siretClaim(siret)))) {
            admin.realm(REALM).clientScopes().create(scope).close();
        }
        admin.realm(REALM).clients().create(client(realm)).close();

        String issuer = serverUrl(realm) + "/realms/" + REALM;
        IdentityProviderRepresentation proConnect = realm.admin().identityProviders().get("proconnect").toRepresentation();
        proConnect.setEnabled(true);
        Map<String, String> config = proConnect.getConfig();
        config.put("issuer", issuer);
        config.put("authorizationUrl", issuer + "/protocol/openid-connect/auth");
        config.put("tokenUrl", issuer + "/protocol/openid-connect/token");
        config.put("userInfoUrl", issuer + "/protocol/openid-connect/userinfo");
        config.put("jwksUrl", issuer + "/protocol/openid-connect/certs");
        config.put("logoutUrl", issuer + "/protocol/openid-connect/logout");
        config.put("clientId", CLIENT);
        config.put("clientSecret", SECRET);
        realm.admin().identityProviders().get("proconnect").update(proConnect);
        return standIn;
    }

    /** The address of the stand-in's own pages (its sign-in cookie lives there). */
    public String accountUrl() {
        return serverUrl(realm) + "/realms/" + REALM + "/account";
    }

    @Override
    public void close() {
        realm.admin().identityProviders().get("proconnect").update(shipped);
        if (admin.realms().findAll().stream().anyMatch(r -> REALM.equals(r.getRealm()))) {
            admin.realm(REALM).remove();
        }
    }

    private static String serverUrl(ManagedRealm realm) {
        return realm.getBaseUrl().substring(0, realm.getBaseUrl().indexOf("/realms/"));
    }

    private static UserRepresentation person(String email) {
        UserRepresentation person = new UserRepresentation();
        person.setUsername(USERNAME);
        person.setEmail(email);
        person.setEmailVerified(true);
        person.setFirstName("Paule");
        person.setLastName("Martin");
        person.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        person.setCredentials(List.of(password));
        return person;
    }

    private static ClientRepresentation client(ManagedRealm realm) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(CLIENT);
        client.setSecret(SECRET);
        client.setPublicClient(false);
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(List.of(realm.getBaseUrl() + "/broker/proconnect/endpoint"));
        client.setDefaultClientScopes(List.of("email", "profile"));
        client.setOptionalClientScopes(List.of("given_name", "usual_name", "siret"));
        return client;
    }

    private static ClientScopeRepresentation scope(String name, ProtocolMapperRepresentation mapper) {
        ClientScopeRepresentation scope = new ClientScopeRepresentation();
        scope.setName(name);
        scope.setProtocol("openid-connect");
        scope.setAttributes(Map.of("include.in.token.scope", "true"));
        if (mapper != null) {
            scope.setProtocolMappers(List.of(mapper));
        }
        return scope;
    }

    /** ProConnect's {@code siret}: in its userinfo (and here in the ID token too). */
    private static ProtocolMapperRepresentation siretClaim(String siret) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("siret");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-hardcoded-claim-mapper");
        mapper.setConfig(Map.of("claim.name", "siret", "claim.value", siret, "jsonType.label", "String",
                "userinfo.token.claim", "true", "id.token.claim", "true", "access.token.claim", "false"));
        return mapper;
    }
}
