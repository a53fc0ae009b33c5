package fr.cibtp.espace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keycloak's admin REST API as the master realm's administrator, and the registry API as the dev back office: what
 * the benchmark needs to lay out its data.
 */
final class KeycloakApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String BACK_OFFICE = "client_id=back-office-dev&client_secret=back-office-dev-secret";
    /** Master's access tokens live 60 s: take a new one before that. */
    private static final long ADMIN_TOKEN_NANOS = Duration.ofSeconds(40).toNanos();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String adminToken;
    private long adminTokenAt;

    KeycloakApi(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    JsonNode get(String adminPath) {
        return getAdmin("realms/" + adminPath);
    }

    /** Keycloak's version, as the server reports it. */
    String serverVersion() {
        return getAdmin("serverinfo").get("systemInfo").get("version").asText();
    }

    private JsonNode getAdmin(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        expect(response, 200);
        return parse(response.body());
    }

    /** POSTs JSON to the admin API; answers the created resource's id (its Location), or null. */
    String post(String adminPath, Object body) {
        HttpResponse<String> response = send(request("realms/" + adminPath).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
        expect(response, 201, 204, 200);
        return response.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElse(null);
    }

    /** Imports NDJSON through the registry API; answers its report. */
    JsonNode importRegistry(HttpRequest.BodyPublisher ndjson, Duration timeout) {
        String token = token("cibtp", "grant_type=client_credentials&" + BACK_OFFICE);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/realms/cibtp/cibtp-registry/import"))
                .timeout(timeout).header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .POST(ndjson).build());
        expect(response, 200);
        return parse(response.body());
    }

    /** A GET of the registry API; answers the status and body. */
    HttpResponse<String> getRegistry(String path, Duration timeout) {
        String token = token("cibtp", "grant_type=client_credentials&" + BACK_OFFICE);
        return send(HttpRequest.newBuilder(URI.create(base + "/realms/cibtp/cibtp-registry/" + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        if (adminToken == null || System.nanoTime() - adminTokenAt > ADMIN_TOKEN_NANOS) {
            adminToken = token("master", "grant_type=password&client_id=admin-cli&username=admin&password=admin");
            adminTokenAt = System.nanoTime();
        }
        return HttpRequest.newBuilder(URI.create(base + "/admin/" + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + adminToken);
    }

    private String token(String realm, String form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        expect(response, 200);
        return parse(response.body()).get("access_token").asText();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
