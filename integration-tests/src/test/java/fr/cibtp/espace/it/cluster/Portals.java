package fr.cibtp.espace.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cibtp.espace.dev.ClusterNode;

/** The entreprise portal as the cluster tests play it: the sign-in request with PKCE, the code and refresh grants. */
final class Portals {

    /** Allowed by the shipped realm for the test tools; the browser stops there and nothing listens. */
    static final String REDIRECT_URI = "http://127.0.0.1:8500/callback";
    static final String CLIENT = "espace-entreprise";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String verifier;

    /** The portal's client secret at each node's address, as its operator copied it from the admin console. */
    private static final java.util.Map<String, String> SECRETS = new java.util.concurrent.ConcurrentHashMap<>();

    Portals() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    String signInUrl(ClusterNode node) {
        return node.url() + "/realms/cibtp/protocol/openid-connect/auth?client_id=" + CLIENT + "&response_type=code&scope=openid"
                + "&redirect_uri=" + encode(REDIRECT_URI) + "&code_challenge=" + challenge() + "&code_challenge_method=S256";
    }

    /** The token answer (JSON) of the code grant at {@code node}. */
    JsonNode exchange(ClusterNode node, String code) {
        JsonNode tokens = token(node, "grant_type=authorization_code&" + credentials(node) + "&code=" + code
                + "&redirect_uri=" + encode(REDIRECT_URI) + "&code_verifier=" + verifier);
        if (!tokens.has("access_token")) {
            throw new AssertionError("no tokens for the code: " + tokens);
        }
        return tokens;
    }

    /** The refresh grant at {@code node}: the token answer, or the error answer. */
    static JsonNode refresh(ClusterNode node, String refreshToken) {
        return token(node, "grant_type=refresh_token&" + credentials(node) + "&refresh_token=" + encode(refreshToken));
    }

    private static String credentials(ClusterNode node) {
        String secret = SECRETS.computeIfAbsent(node.url(), url -> Apis.clientSecret(node, CLIENT));
        return "client_id=" + CLIENT + "&client_secret=" + encode(secret);
    }

    /** The {@code cibtp} claim of a token answer's access token. */
    static JsonNode claim(JsonNode tokens) {
        return payload(tokens.path("access_token").asText()).path("cibtp");
    }

    static JsonNode payload(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode token(ClusterNode node, String form) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + "/realms/cibtp/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
