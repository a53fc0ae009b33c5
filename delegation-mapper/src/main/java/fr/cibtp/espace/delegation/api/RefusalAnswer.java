package fr.cibtp.espace.delegation.api;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.delegation.Refusal;
import org.keycloak.models.KeycloakSession;
import org.keycloak.theme.Theme;

/**
 * A refusal as the API answers it: {@code {"erreur": code, "message": French sentence, "champ": field,
 * "parametres": [...]}}, the sentence taken from the message bundles.
 */
final class RefusalAnswer {

    private RefusalAnswer() {
    }

    static WebApplicationException of(KeycloakSession session, Refusal refusal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("erreur", refusal.code().key());
        body.put("message", sentence(session, refusal));
        if (refusal.field() != null) {
            body.put("champ", refusal.field());
        }
        if (!refusal.params().isEmpty()) {
            body.put("parametres", refusal.params());
        }
        Response.ResponseBuilder answer = Response.status(refusal.kind().status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .entity(body);
        if (refusal.kind() == Refusal.Kind.STEP_UP) {
            // RFC 9470: the portal signs the user in again with these parameters, then calls again.
            int minutes = (Integer) refusal.params().get(0);
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_user_authentication\", error_description=\""
                    + "A recent SMS code is required\", acr_values=\"sms\", max_age=" + minutes * 60);
        }
        return new WebApplicationException(answer.build());
    }

    static String sentence(KeycloakSession session, Refusal refusal) {
        String pattern;
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(session.getContext().getRealm(), Locale.FRENCH);
            pattern = messages.getProperty(refusal.code().messageKey(), refusal.code().key());
        } catch (IOException unreadable) {
            pattern = refusal.code().key();
        }
        return new MessageFormat(pattern, Locale.FRENCH).format(refusal.params().toArray());
    }
}
