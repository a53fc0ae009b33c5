package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.ClusterNode;

/**
 * An upgraded realm compared with the realm file of this version, through the admin API: what a fresh import would
 * have (clients' mappers, Home URLs and attributes, required actions, the flows' steps, the user profile, the realm's
 * attributes) the upgrade must have brought.
 */
final class RealmAsShipped {

    private final JsonNode file;

    RealmAsShipped(Path project) throws IOException {
        this.file = Apis.json(Files.readString(project.resolve("realm-export.json")));
    }

    /** Checks the realm at {@code node}; the clients named in {@code caisseAddresses} keep the caisse's own Home URL. */
    void check(ClusterNode node, Set<String> caisseAddresses) {
        JsonNode live = Apis.admin(node, "");
        file.path("attributes").fields().forEachRemaining(a ->
                assertEquals(a.getValue().asText(), live.path("attributes").path(a.getKey()).asText(), "realm attribute " + a.getKey()));
        for (JsonNode client : file.path("clients")) {
            String clientId = client.path("clientId").asText();
            JsonNode liveClient = Apis.admin(node, "/clients?clientId=" + Portals.encode(clientId)).get(0);
            assertEquals(names(client.path("protocolMappers"), "name"), names(liveClient.path("protocolMappers"), "name"),
                    "mappers of " + clientId);
            if (!caisseAddresses.contains(clientId)) {
                assertEquals(client.path("baseUrl").asText(""), liveClient.path("baseUrl").asText(""), "Home URL of " + clientId);
            }
            client.path("attributes").fields().forEachRemaining(a -> assertEquals(a.getValue().asText(),
                    liveClient.path("attributes").path(a.getKey()).asText(), clientId + " attribute " + a.getKey()));
        }
        Set<String> actions = names(Apis.admin(node, "/authentication/required-actions"), "alias");
        assertTrue(actions.containsAll(names(file.path("requiredActions"), "alias")), "required actions: " + actions);
        Set<String> enabled = new TreeSet<>();
        Apis.admin(node, "/authentication/required-actions").forEach(a -> {
            if (a.path("enabled").asBoolean()) {
                enabled.add(a.path("alias").asText());
            }
        });
        for (JsonNode action : file.path("requiredActions")) {
            if (action.has("enabled")) {
                String alias = action.path("alias").asText();
                assertEquals(action.path("enabled").asBoolean(), enabled.contains(alias), "required action " + alias + " enabled");
            }
        }
        for (String policy : List.of("webAuthnPolicyPasswordlessPasskeysEnabled", "webAuthnPolicyPasswordlessUserVerificationRequirement",
                "webAuthnPolicyPasswordlessResidentKey", "webAuthnPolicyPasswordlessRpEntityName")) {
            assertEquals(file.path(policy).asText(), live.path(policy).asText(), policy);
        }
        for (JsonNode flow : file.path("authenticationFlows")) {
            if (!flow.path("topLevel").asBoolean()) {
                continue;
            }
            String alias = flow.path("alias").asText();
            Set<String> liveSteps = names(Apis.admin(node, "/authentication/flows/" + Portals.encode(alias).replace("+", "%20")
                    + "/executions"), "providerId");
            Set<String> shippedSteps = names(flow.path("authenticationExecutions"), "authenticator");
            assertTrue(liveSteps.containsAll(shippedSteps), "steps of flow " + alias + ": " + liveSteps + " lack some of " + shippedSteps);
        }
        JsonNode profile = Apis.json(file.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0)
                .path("config").path("kc.user.profile.config").get(0).asText());
        assertEquals(names(profile.path("attributes"), "name"), names(Apis.admin(node, "/users/profile").path("attributes"), "name"),
                "user-profile attributes");
    }

    private static Set<String> names(JsonNode items, String field) {
        Set<String> names = new TreeSet<>();
        items.forEach(item -> {
            if (item.hasNonNull(field)) {
                names.add(item.path(field).asText());
            }
        });
        return names;
    }
}
