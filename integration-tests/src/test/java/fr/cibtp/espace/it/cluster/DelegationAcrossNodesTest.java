package fr.cibtp.espace.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.dev.Cluster;
import fr.cibtp.espace.dev.ClusterNode;
import fr.cibtp.espace.it.support.Letters;
import fr.cibtp.espace.time.CaisseClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A delegation changed on one node: the delegate's next refresh on the other node carries it, or ends. */
@ExtendWith(TwoNodes.class)
class DelegationAcrossNodesTest {

    private final Cluster cluster = TwoNodes.cluster();

    @Test
    void narrowedOnNodeAShowsInTheNextRefreshOnNodeBAndClosedOnNodeAEndsTheSessionsOnNodeB() {
        ClusterNode a = cluster.node(0);
        ClusterNode b = cluster.node(1);
        Letters letters = Enrollments.newSite(a);
        String admin = Enrollments.enrolledAdministrator(cluster, a, letters, Enrollments.uniqueEmail("admin"))
                .path("access_token").asText();
        String delegate = Enrollments.uniqueEmail("delegue");
        String site = letters.identifiant();
        String id = Delegations.create(a, admin, site, Delegations.body(delegate, CaisseClock.today().plusDays(30),
                "{\"situation-compte\":\"consultation\",\"planning\":\"consultation\"}"));
        Delegations.activate(cluster, b, delegate);

        JsonNode tokens = Delegations.signIn(b, delegate);
        assertEquals(List.of("planning", "situation-compte"), features(tokens), tokens.toString());

        HttpResponse<String> narrowed = Apis.delegations(a, admin, "PUT", "/sites/" + site + "/delegations/" + id,
                Delegations.body(delegate, CaisseClock.today().plusDays(30), "{\"situation-compte\":\"consultation\"}"));
        assertEquals(200, narrowed.statusCode(), narrowed.body());
        tokens = Portals.refresh(b, tokens.path("refresh_token").asText());
        assertEquals(List.of("situation-compte"), features(tokens), "narrowed on A, refreshed on B: " + tokens);

        String userId = Apis.admin(b, "/users?exact=true&email=" + Portals.encode(delegate)).get(0).path("id").asText();
        assertEquals(1, Apis.admin(b, "/users/" + userId + "/sessions").size());
        HttpResponse<String> closed = Apis.delegations(a, admin, "POST", "/sites/" + site + "/delegations/" + id + "/fermeture", null);
        assertEquals(204, closed.statusCode(), closed.body());

        JsonNode refused = Portals.refresh(b, tokens.path("refresh_token").asText());
        assertEquals("invalid_grant", refused.path("error").asText(), "closed on A, the refresh on B fails: " + refused);
        assertEquals(0, Apis.admin(b, "/users/" + userId + "/sessions").size(), "node B holds no session of the delegate");
        assertEquals(0, Apis.admin(a, "/users/" + userId + "/sessions").size(), "nor node A");
    }

    private static List<String> features(JsonNode tokens) {
        List<String> features = new java.util.ArrayList<>();
        Portals.claim(tokens).path("droits").fieldNames().forEachRemaining(features::add);
        features.sort(null);
        return features;
    }
}
