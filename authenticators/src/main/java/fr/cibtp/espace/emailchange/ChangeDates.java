package fr.cibtp.espace.emailchange;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/** When a change of address takes effect, written for its reader: their language, the caisses' time. */
final class ChangeDates {

    private ChangeDates() {
    }

    static String format(KeycloakSession session, UserModel user, Instant at) {
        Locale locale = session.getContext().resolveLocale(user);
        String pattern = "fr".equals(locale.getLanguage()) ? "d MMMM yyyy 'à' HH:mm" : "d MMMM yyyy 'at' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(CaisseClock.ZONE).format(at);
    }
}
