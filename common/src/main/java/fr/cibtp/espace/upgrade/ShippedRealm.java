package fr.cibtp.espace.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.keycloak.representations.idm.AbstractAuthenticationExecutionRepresentation;
import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentExportRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.util.JsonSerialization;

/**
 * The realm file these extensions ship ({@code realm-export.json}, copied into this jar by the build): the one source of
 * what an upgrade adds, so that an upgraded realm and a freshly imported one cannot drift apart.
 */
public final class ShippedRealm {

    static final String RESOURCE = "META-INF/cibtp/realm-export.json";
    private static final String USER_PROFILE = "declarative-user-profile";

    private final RealmRepresentation realm;

    private ShippedRealm(RealmRepresentation realm) {
        this.realm = realm;
    }

    public static ShippedRealm load() {
        try (InputStream in = ShippedRealm.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return new ShippedRealm(JsonSerialization.readValue(in, RealmRepresentation.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RealmRepresentation representation() {
        return realm;
    }

    String realmAttribute(String name) {
        return required(realm.getAttributes() == null ? null : realm.getAttributes().get(name), "realm attribute " + name);
    }

    ClientRepresentation client(String clientId) {
        return realm.getClients().stream().filter(c -> clientId.equals(c.getClientId())).findFirst()
                .orElseThrow(() -> missing("client " + clientId));
    }

    ProtocolMapperRepresentation mapper(String clientId, String name) {
        return Optional.ofNullable(client(clientId).getProtocolMappers()).orElse(List.of()).stream()
                .filter(m -> name.equals(m.getName())).findFirst().orElseThrow(() -> missing("mapper " + name + " of " + clientId));
    }

    RequiredActionProviderRepresentation requiredAction(String alias) {
        return realm.getRequiredActions().stream().filter(a -> alias.equals(a.getAlias())).findFirst()
                .orElseThrow(() -> missing("required action " + alias));
    }

    AuthenticationFlowRepresentation flow(String flowAlias) {
        return realm.getAuthenticationFlows().stream().filter(f -> flowAlias.equals(f.getAlias())).findFirst()
                .orElseThrow(() -> missing("flow " + flowAlias));
    }

    IdentityProviderRepresentation identityProvider(String alias) {
        return Optional.ofNullable(realm.getIdentityProviders()).orElse(List.of()).stream().filter(p -> alias.equals(p.getAlias()))
                .findFirst().orElseThrow(() -> missing("identity provider " + alias));
    }

    AuthenticationExecutionExportRepresentation execution(String flowAlias, String authenticator) {
        return realm.getAuthenticationFlows().stream().filter(f -> flowAlias.equals(f.getAlias())).findFirst()
                .orElseThrow(() -> missing("flow " + flowAlias)).getAuthenticationExecutions().stream()
                .filter(e -> authenticator.equals(e.getAuthenticator())).findFirst()
                .orElseThrow(() -> missing("step " + authenticator + " of flow " + flowAlias));
    }

    /** The steps of a flow of the file, by authenticator, in their order. */
    List<String> flowSteps(String flowAlias) {
        return realm.getAuthenticationFlows().stream().filter(f -> flowAlias.equals(f.getAlias())).findFirst()
                .orElseThrow(() -> missing("flow " + flowAlias)).getAuthenticationExecutions().stream()
                .sorted(java.util.Comparator.comparingInt(AbstractAuthenticationExecutionRepresentation::getPriority))
                .map(e -> e.getAuthenticator() != null ? e.getAuthenticator() : e.getFlowAlias()).toList();
    }

    UPAttribute userProfileAttribute(String name) {
        UPAttribute attribute = userProfile().getAttribute(name);
        return required(attribute, "user-profile attribute " + name);
    }

    UPConfig userProfile() {
        String json = component(USER_PROFILE).getConfig().getFirst("kc.user.profile.config");
        try {
            return JsonSerialization.readValue(json, UPConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key of the realm's CIBTP settings (Realm settings → CIBTP) as the file sets it. */
    String setting(String key) {
        return required(component("CIBTP").getConfig().getFirst(key), "setting " + key);
    }

    private ComponentExportRepresentation component(String providerId) {
        return realm.getComponents().values().stream().flatMap(List::stream).filter(c -> providerId.equals(c.getProviderId()))
                .findFirst().orElseThrow(() -> missing("component " + providerId));
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw missing(what);
        }
        return value;
    }

    private static NoSuchElementException missing(String what) {
        return new NoSuchElementException("The shipped realm file has no " + what);
    }
}
