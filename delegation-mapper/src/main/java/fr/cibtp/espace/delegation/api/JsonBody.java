package fr.cibtp.espace.delegation.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.delegation.Refusal;
import fr.cibtp.espace.delegation.RefusalCode;
import fr.cibtp.espace.delegation.service.DelegationInput;
import org.keycloak.util.JsonSerialization;

/**
 * A delegation sent to the API, read here rather than by the HTTP layer: a body that is not a JSON object, or not
 * sent as JSON, is refused in the API's own error shape instead of Keycloak's.
 */
final class JsonBody {

    private JsonBody() {
    }

    static DelegationInput delegation(String contentType, InputStream body) {
        if (!isJson(contentType)) {
            throw new Refusal(Refusal.Kind.UNSUPPORTED, RefusalCode.TYPE_DE_CONTENU, null);
        }
        try {
            JsonNode node = body == null ? null : JsonSerialization.mapper.readTree(body);
            if (node == null || node.isMissingNode()) {
                return DelegationInput.fromJson(Map.of());
            }
            if (!node.isObject()) {
                throw Refusal.invalid(RefusalCode.JSON_INVALIDE, null);
            }
            return DelegationInput.fromJson(JsonSerialization.mapper.convertValue(node, new TypeReference<Map<String, Object>>() {
            }));
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
