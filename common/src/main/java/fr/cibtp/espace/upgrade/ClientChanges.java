package fr.cibtp.espace.upgrade;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.ClientModel;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.utils.RepresentationToModel;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/** Changes to the realm's clients (the portals, "Mon compte", the APIs), each taken from the shipped file. */
public final class ClientChanges {

    private ClientChanges() {
    }

    /**
     * The portal's Home URL (where "Mon compte" sends the user back), unless the caisse gave one: the portal's own
     * address, which the caisse set as the client's web origin, rather than the file's localhost.
     */
    public static RealmChange homeUrl(String clientId) {
        return context -> client(context, clientId).filter(c -> c.getBaseUrl() == null || c.getBaseUrl().isBlank()).map(c -> {
            String url = homeUrl(c.getWebOrigins(), context.shipped().client(clientId).getBaseUrl());
            c.setBaseUrl(url);
            return "client " + clientId + ": Home URL " + url;
        });
    }

    /** The one web origin with a slash, else the file's address (no origin, or several to choose from). */
    static String homeUrl(Set<String> webOrigins, String shipped) {
        List<String> origins = webOrigins == null ? List.of()
                : webOrigins.stream().filter(o -> o.startsWith("https://") || o.startsWith("http://")).toList();
        return origins.size() == 1 ? origins.get(0).replaceAll("/+$", "") + "/" : shipped;
    }

    /** An attribute of the client (post-logout redirect URIs, say), unless the caisse set it. */
    public static RealmChange attribute(String clientId, String name) {
        return context -> client(context, clientId).filter(c -> c.getAttribute(name) == null).map(c -> {
            String value = context.shipped().client(clientId).getAttributes().get(name);
            c.setAttribute(name, value);
            return "client " + clientId + ": " + name + " = " + value;
        });
    }

    /** A mapper of the client's dedicated scope, as the file declares it. */
    public static RealmChange mapper(String clientId, String name) {
        return context -> client(context, clientId).filter(c -> c.getProtocolMapperByName(protocol(context, clientId, name), name) == null)
                .map(c -> {
                    ProtocolMapperRepresentation shipped = context.shipped().mapper(clientId, name);
                    c.addProtocolMapper(RepresentationToModel.toModel(shipped));
                    return "client " + clientId + ": mapper '" + name + "'";
                });
    }

    /** A mapper this release takes away from the client (the file no longer has it). */
    public static RealmChange mapperRemoved(String clientId, String protocol, String name) {
        return context -> client(context, clientId).flatMap(c -> {
            ProtocolMapperModel mapper = c.getProtocolMapperByName(protocol, name);
            if (mapper == null) {
                return Optional.empty();
            }
            c.removeProtocolMapper(mapper);
            return Optional.of("client " + clientId + ": mapper '" + name + "' removed");
        });
    }

    private static String protocol(UpgradeContext context, String clientId, String name) {
        return context.shipped().mapper(clientId, name).getProtocol();
    }

    /** The live client; a caisse that removed it made a choice the upgrade leaves alone. */
    private static Optional<ClientModel> client(UpgradeContext context, String clientId) {
        return Optional.ofNullable(context.realm().getClientByClientId(clientId));
    }
}
