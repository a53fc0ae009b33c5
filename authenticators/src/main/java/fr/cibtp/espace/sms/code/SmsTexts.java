package fr.cibtp.espace.sms.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.sms.SmsSetting;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/** The SMS text in the user's language: message "cibtpSmsText", which the realm's localization can override. */
public final class SmsTexts {

    private SmsTexts() {
    }

    public static String code(KeycloakSession session, RealmModel realm, UserModel user, SmsChallenge challenge, CibtpSettings settings) {
        try {
            Locale locale = session.getContext().resolveLocale(user);
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            String pattern = messages.getProperty("cibtpSmsText", "CIBTP : votre code est {0}. Il expire dans {1} minutes.");
            return new MessageFormat(pattern, locale).format(new Object[]{challenge.code(),
                    String.valueOf((settings.positive(SmsSetting.CODE_LIFETIME_SECONDS) + 59) / 60)});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message of the login theme in the user's language, as an SMS text. */
    public static String message(KeycloakSession session, RealmModel realm, UserModel user, String key) {
        try {
            Locale locale = session.getContext().resolveLocale(user);
            String pattern = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale).getProperty(key, key);
            return new MessageFormat(pattern, locale).format(new Object[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
