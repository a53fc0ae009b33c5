package fr.cibtp.espace.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cibtp.espace.it.openapi.RequestBodies;
import fr.cibtp.espace.it.openapi.ServedDescriptions;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Calls to the delegation API with a user's bearer token, as a portal makes them. Each answer is checked against the
 * API's served OpenAPI description.
 */
public final class DelegationApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ManagedRealm realm;

    public DelegationApi(ManagedRealm realm) {
        this.realm = realm;
    }

    public HttpResponse<String> get(String token, String path) {
        return send(request(token, path).GET());
    }

    public HttpResponse<String> post(String token, String path, Map<String, Object> body) {
        return send(request(token, path).header("Content-Type", "application/json").POST(body(body)));
    }

    /** A body as it is typed, well-formed or not. */
    public HttpResponse<String> post(String token, String path, String contentType, String body) {
        return send(request(token, path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String token, String path, Map<String, Object> body) {
        return send(request(token, path).header("Content-Type", "application/json").PUT(body(body)));
    }

    /** A GET as a portal page on {@code origin} makes it, through the browser. */
    public HttpResponse<String> getFrom(String origin, String token, String path) {
        return send(request(token, path).header("Origin", origin).GET());
    }

    public HttpResponse<String> delete(String token, String path) {
        return send(request(token, path).DELETE());
    }

    /** The id of the delegation a POST created; fails unless it answered 201. */
    public static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return json(response).get("id").asText();
    }

    /** A delegation's body: {@code rights} (collèges and droits) given to {@code email} (none when null). */
    public static Map<String, Object> withEmail(Map<String, Object> rights, String email) {
        Map<String, Object> body = new HashMap<>(rights);
        if (email != null) {
            body.put("email", email);
        }
        return body;
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/cibtp-delegations" + path)).header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher body(Map<String, Object> body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ServedDescriptions.check(request, RequestBodies.text(request), response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
