package fr.cibtp.espace.mail;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;
import org.keycloak.theme.beans.LinkExpirationFormatterMethod;

/**
 * What Keycloak's own link emails give their templates (link, lifetime in minutes and its formatter, "24 heures"),
 * for our emails sent with {@code EmailTemplateProvider.send}, which adds none of them.
 */
public final class LinkAttributes {

    private LinkAttributes() {
    }

    public static Map<String, Object> of(KeycloakSession session, RealmModel realm, UserModel user, String link, long expirationMinutes)
            throws EmailException {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("link", link);
        attributes.put("linkExpiration", expirationMinutes);
        try {
            Locale locale = session.getContext().resolveLocale(user);
            Theme theme = session.theme().getTheme(Theme.Type.EMAIL);
            attributes.put("linkExpirationFormatter", new LinkExpirationFormatterMethod(
                    theme.getEnhancedMessages(realm, locale), locale));
        } catch (IOException e) {
            throw new EmailException("Email theme not readable", e);
        }
        return attributes;
    }
}
