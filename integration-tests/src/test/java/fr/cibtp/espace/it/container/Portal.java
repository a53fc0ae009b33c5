package fr.cibtp.espace.it.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The entreprise portal as a test plays it: the sign-in request with PKCE, the code and refresh grants. */
final class Portal {

    /** Allowed by the shipped realm for the test tools; the browser stops there and nothing listens. */
    static final String REDIRECT_URI = "http://127.0.0.1:8500/callback";
    static final String CLIENT = "espace-entreprise";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContainerServer server;
    /** As the portal's operator copied it from the admin console. */
    private final String secret;
    private final String verifier;

    Portal(ContainerServer server) {
        this.server = server;
        this.secret = server.clientSecret(CLIENT);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    String signInUrl() {
        return server.url() + "/realms/cibtp/protocol/openid-connect/auth?client_id=" + CLIENT + "&response_type=code&scope=openid"
                + "&redirect_uri=" + encode(REDIRECT_URI) + "&code_challenge=" + challenge() + "&code_challenge_method=S256";
    }

    /** The token answer of the code grant. */
    JsonNode exchange(String code) {
        JsonNode tokens = token("grant_type=authorization_code&code=" + code + "&redirect_uri=" + encode(REDIRECT_URI)
                + "&code_verifier=" + verifier);
        if (!tokens.has("access_token")) {
            throw new AssertionError("no tokens for the code: " + tokens);
        }
        return tokens;
    }

    /** The refresh grant: the token answer, or the error answer. */
    JsonNode refresh(String refreshToken) {
        return token("grant_type=refresh_token&refresh_token=" + encode(refreshToken));
    }

    /** The {@code cibtp} claim of a token answer's access token. */
    static JsonNode claim(JsonNode tokens) {
        return payload(tokens.path("access_token").asText()).path("cibtp");
    }

    static JsonNode payload(String jwt) {
        return json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode token(String form) {
        String credentials = "client_id=" + CLIENT + "&client_secret=" + encode(secret) + "&";
        return json(Http.form(server.url() + "/realms/cibtp/protocol/openid-connect/token", credentials + form).body());
    }

    private String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
