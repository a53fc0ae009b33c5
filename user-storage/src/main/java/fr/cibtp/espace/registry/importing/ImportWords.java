package fr.cibtp.espace.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;

/**
 * The import's reasons worded in one language, as Keycloak words a page's messages ({@code MessageFormat}); the key
 * itself when the bundle lacks it, so that a missing sentence shows as its key rather than as nothing. One import
 * reads its words once and uses them on its own thread.
 */
public final class ImportWords {

    private static final String SHIPPED = "theme-resources/messages/messages_%s.properties";

    private final Properties bundle;
    private final Locale locale;
    /** A file of rejected lines words the same few patterns over and over. */
    private final Map<String, MessageFormat> formats = new HashMap<>();

    private ImportWords(Properties bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The back office's French, as the login theme's bundles (every jar's words, the caisse's theme) write it. */
    public static ImportWords of(KeycloakSession session, RealmModel realm) {
        try {
            return new ImportWords(session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, Locale.FRENCH), Locale.FRENCH);
        } catch (IOException unreadable) {
            return shipped(Locale.FRENCH);
        }
    }

    /** The words the jars ship in a language, merged as Keycloak merges them, before any theme of the caisse. */
    public static ImportWords shipped(Locale locale) {
        Properties bundle = new Properties();
        try {
            Enumeration<URL> files = ImportWords.class.getClassLoader().getResources(SHIPPED.formatted(locale.getLanguage()));
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportWords(bundle, locale);
    }

    public String of(ImportReason reason) {
        return formats.computeIfAbsent(reason.key(), key -> new MessageFormat(bundle.getProperty(key, key), locale))
                .format(reason.params().toArray());
    }
}
