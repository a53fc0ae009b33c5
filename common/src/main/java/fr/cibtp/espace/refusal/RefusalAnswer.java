package fr.cibtp.espace.refusal;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.theme.Theme;

/** A refusal as both APIs answer it: its status and an {@link ErrorBody} in French, the sentence from the bundles. */
public final class RefusalAnswer {

    private RefusalAnswer() {
    }

    public static WebApplicationException of(KeycloakSession session, Refusal refusal) {
        ErrorBody body = new ErrorBody(refusal.code().key(), sentence(session, refusal), refusal.field(), refusal.params(),
                refusal.identifiants());
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

    /** The refusal's sentence in French, as the login theme's bundles (every jar's words merged) write it. */
    public static String sentence(KeycloakSession session, Refusal refusal) {
        Properties messages;
        try {
            messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(session.getContext().getRealm(), Locale.FRENCH);
        } catch (IOException unreadable) {
            messages = Sentences.shipped("fr");
        }
        return Sentences.of(messages, refusal, Locale.FRENCH);
    }
}
