package fr.cibtp.espace.mail;

import java.util.Locale;

import org.keycloak.Config;
import org.keycloak.models.RealmModel;

/**
 * Where links of a mail sent without a request (the daily job) point: the realm's Frontend URL when set, else the
 * server's {@code hostname} option; null when neither says it, and the mail then has no link.
 */
public final class LinkBase {

    private LinkBase() {
    }

    public static String of(RealmModel realm) {
        String frontend = realm.getAttribute("frontendUrl");
        if (isWeb(frontend)) {
            return strip(frontend);
        }
        String hostname = Config.scope("hostname", "v2").get("hostname");
        if (isWeb(hostname)) {
            return strip(hostname);
        }
        return hostname == null || hostname.isBlank() ? null : "https://" + strip(hostname);
    }

    private static boolean isWeb(String value) {
        String lower = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String strip(String value) {
        String stripped = value.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
