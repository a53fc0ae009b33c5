package fr.cibtp.espace.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cibtp.espace.it.openapi.RequestBodies;
import fr.cibtp.espace.it.openapi.ServedDescriptions;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * The back office's view of the registry API over real HTTP, with a service account holding the admin role. Each
 * answer is checked against the API's served OpenAPI description.
 */
public final class RegistryApi {

    public static final String ROLE = "cibtp-registry-admin";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ManagedRealm realm;
    private final HttpClient http = HttpClient.newHttpClient();

    public RegistryApi(ManagedRealm realm) {
        this.realm = realm;
    }

    /**
     * A back-office client: confidential, with a service account and the registry API's audience; holding the
     * registry role or not. Returns its access token.
     */
    public String serviceAccountToken(String clientId, boolean withRole) {
        return serviceAccountToken(clientId, withRole, true);
    }

    public String serviceAccountToken(String clientId, boolean withRole, boolean withAudience) {
        String secret = "secret-" + clientId;
        List<ClientRepresentation> existing = realm.admin().clients().findByClientId(clientId);
        if (existing.isEmpty()) {
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId(clientId);
            client.setSecret(secret);
            client.setPublicClient(false);
            client.setServiceAccountsEnabled(true);
            client.setStandardFlowEnabled(false);
            if (withAudience) {
                ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
                audience.setName("audience cibtp-registry");
                audience.setProtocol("openid-connect");
                audience.setProtocolMapper("oidc-audience-mapper");
                audience.setConfig(Map.of("included.custom.audience", "cibtp-registry", "access.token.claim", "true"));
                client.setProtocolMappers(List.of(audience));
            }
            String id;
            try (Response response = realm.admin().clients().create(client)) {
                id = CreatedResponseUtil.getCreatedId(response);
            }
            if (withRole) {
                String userId = realm.admin().clients().get(id).getServiceAccountUser().getId();
                RoleRepresentation role = realm.admin().roles().get(ROLE).toRepresentation();
                realm.admin().users().get(userId).roles().realmLevel().add(List.of(role));
            }
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
                        + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8))).build());
        return json(response).get("access_token").asText();
    }

    public HttpResponse<String> importNdjson(String token, String body) {
        return post(token, "/cibtp-registry/import", "application/x-ndjson", HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> post(String token, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + path)).POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + path)).header("Authorization", "Bearer " + token).build());
    }

    public HttpResponse<String> delete(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + path)).DELETE().header("Authorization", "Bearer " + token).build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
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
