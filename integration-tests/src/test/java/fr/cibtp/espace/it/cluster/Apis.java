package fr.cibtp.espace.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cibtp.espace.dev.ClusterNode;

/**
 * What the cluster tests call besides the pages: the registry API as the back office, the delegation API as a signed-in
 * user, Keycloak's admin API, and the shared database (read to check that nothing was half-made).
 */
final class Apis {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Apis() {
    }

    /** Puts lines in the registry through {@code node}; fails unless every line is taken. */
    static void importRegistry(ClusterNode node, String ndjson) {
        String token = token(node, "cibtp", "grant_type=client_credentials&client_id=back-office-dev&client_secret=back-office-dev-secret");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(node.url() + "/realms/cibtp/cibtp-registry/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build());
        if (answer.statusCode() != 200 || !answer.body().contains("\"rejected\":[]")) {
            throw new IllegalStateException("import refused: " + answer.body());
        }
    }

    /** A GET of the registry API as the back office: the body, which must come with 200. */
    static String backOffice(ClusterNode node, String path) {
        String token = token(node, "cibtp", "grant_type=client_credentials&client_id=back-office-dev&client_secret=back-office-dev-secret");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(node.url() + "/realms/cibtp" + path))
                .header("Authorization", "Bearer " + token).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    /** A call of the delegation API at {@code node}: status and JSON body. */
    static HttpResponse<String> delegations(ClusterNode node, String accessToken, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + "/realms/cibtp/cibtp-delegations" + path))
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request.build());
    }

    /** A GET of Keycloak's admin API for realm cibtp at {@code node}, as the master realm's admin. */
    static JsonNode admin(ClusterNode node, String path) {
        String token = token(node, "master", "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        return json(send(HttpRequest.newBuilder(URI.create(node.url() + "/admin/realms/cibtp" + path))
                .header("Authorization", "Bearer " + token).build()).body());
    }

    /** The secret Keycloak gave a confidential client of the realm file when it imported it. */
    static String clientSecret(ClusterNode node, String clientId) {
        String id = admin(node, "/clients?clientId=" + clientId).get(0).path("id").asText();
        return admin(node, "/clients/" + id + "/client-secret").path("value").asText();
    }

    /** A client of realm cibtp changed through {@code node} as an administrator would: {@code change} edits its JSON. */
    static void updateClient(ClusterNode node, String clientId, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change) {
        com.fasterxml.jackson.databind.node.ObjectNode client = (com.fasterxml.jackson.databind.node.ObjectNode) admin(node, "/clients?clientId=" + clientId).get(0);
        change.accept(client);
        String token = token(node, "master", "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        HttpResponse<String> saved = send(HttpRequest.newBuilder(URI.create(node.url() + "/admin/realms/cibtp/clients/" + client.path("id").asText()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString())).build());
        if (saved.statusCode() != 204) {
            throw new IllegalStateException("client " + clientId + " refused: " + saved.body());
        }
    }

    /** Realm settings, tab CIBTP, saved through {@code node} as an administrator would. */
    static void setting(ClusterNode node, String key, String value) {
        String token = token(node, "master", "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        String components = node.url() + "/admin/realms/cibtp/components";
        JsonNode tab = json(send(HttpRequest.newBuilder(URI.create(components + "?type=org.keycloak.services.ui.extend.UiTabProvider"))
                .header("Authorization", "Bearer " + token).build()).body()).get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tab.get("config")).putArray(key).add(value);
        HttpResponse<String> saved = send(HttpRequest.newBuilder(URI.create(components + "/" + tab.get("id").asText()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(tab.toString())).build());
        if (saved.statusCode() != 204) {
            throw new IllegalStateException("setting " + key + " refused: " + saved.body());
        }
    }

    /** The one number a query of the shared database answers. */
    static long count(String sql, Object... parameters) {
        return countIn(TwoNodes.DATABASE, sql, parameters);
    }

    /** The one number a query of {@code database} answers. */
    static long countIn(String database, String sql, Object... parameters) {
        return countOn("127.0.0.1:5432", database, sql, parameters);
    }

    /** The one number a query of {@code database} on the PostgreSQL server at {@code hostPort} answers. */
    static long countOn(String hostPort, String database, String sql, Object... parameters) {
        return onDatabase(hostPort, database, sql, parameters, query -> {
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    static int update(String sql, Object... parameters) {
        return onDatabase("127.0.0.1:5432", TwoNodes.DATABASE, sql, parameters, statement -> (long) statement.executeUpdate()).intValue();
    }

    private interface Statement {
        long run(PreparedStatement statement) throws SQLException;
    }

    private static Long onDatabase(String hostPort, String database, String sql, Object[] parameters, Statement what) {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/" + database, "postgres", "postgres");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return what.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String token(ClusterNode node, String realm, String form) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(node.url() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return json(answer.body()).path("access_token").asText();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
