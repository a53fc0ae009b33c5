package fr.cibtp.espace.delegation.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.delegation.service.DelegationBody;
import fr.cibtp.espace.delegation.service.DelegationInput;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;
import org.keycloak.util.JsonSerialization;

/**
 * A delegation sent to the API, read here rather than by the HTTP layer: a body that is not a JSON object, or not
 * sent as JSON, is refused in the API's own error shape instead of Keycloak's. At most {@value #MAX_BYTES} bytes are
 * read: a delegation is a few hundred bytes, and a larger body is refused before it is parsed.
 */
final class JsonBody {

    static final int MAX_BYTES = 16 * 1024;

    private JsonBody() {
    }

    static DelegationInput delegation(String contentType, InputStream body) {
        if (!isJson(contentType)) {
            throw new Refusal(Refusal.Kind.UNSUPPORTED, RefusalCode.TYPE_DE_CONTENU, null);
        }
        try {
            byte[] read = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
            if (read.length > MAX_BYTES) {
                throw new Refusal(Refusal.Kind.TOO_LARGE, RefusalCode.CORPS_TROP_GRAND, null, MAX_BYTES / 1024);
            }
            JsonNode node = read.length == 0 ? null : JsonSerialization.mapper.readTree(read);
            if (node == null || node.isMissingNode()) {
                return DelegationInput.fromJson(DelegationBody.EMPTY);
            }
            if (!node.isObject()) {
                throw Refusal.invalid(RefusalCode.JSON_INVALIDE, null);
            }
            return DelegationInput.fromJson(JsonSerialization.mapper.treeToValue(node, DelegationBody.class));
        } catch (IOException e) {
            throw Refusal.invalid(RefusalCode.JSON_INVALIDE, null);
        }
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
