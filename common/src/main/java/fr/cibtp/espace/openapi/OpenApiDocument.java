package fr.cibtp.espace.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.keycloak.models.KeycloakSession;

/**
 * An API's OpenAPI description as written in the repository and shipped in its jar, served as it is but for the
 * server's URL: the file names the base path of realm {@code cibtp}, the answer the absolute URL it was asked from,
 * so that a client generated or a console opened from it calls this server and this realm.
 */
public final class OpenApiDocument {

    // Keycloak's own mapper leaves out nulls, which the examples show on purpose.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode document;

    private OpenApiDocument(ObjectNode document) {
        this.document = document;
    }

    /** The description shipped next to {@code owner}, under that name. */
    public static OpenApiDocument shipped(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " next to " + owner.getName());
            }
            return new OpenApiDocument((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The description for this request: {@code servers} names this server's {@code /realms/{realm}/{apiPath}}. */
    public Response serve(KeycloakSession session, String apiPath) {
        String base = UriBuilder.fromUri(session.getContext().getUri().getBaseUri()).path("realms")
                .path(session.getContext().getRealm().getName()).path(apiPath).build().toString();
        ObjectNode answer = document.deepCopy();
        answer.path("servers").forEach(server -> ((ObjectNode) server).put("url", base));
        try {
            return Response.ok(JSON.writeValueAsBytes(answer), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
