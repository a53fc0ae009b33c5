package fr.cibtp.espace.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The product's sentences as Keycloak writes them: our message bundles (the providers' {@code theme-resources} and
 * the cibtp login theme, in the jars the test server runs), each a {@link MessageFormat} pattern formatted in the
 * page's language. A test about what happens asserts these, so a reworded sentence changes no test; a test about the
 * wording itself keeps its literal.
 */
public final class Words {

    private static final List<String> BUNDLES = List.of("theme-resources/messages/messages_%s.properties",
            "theme/cibtp/login/messages/messages_%s.properties");

    private static final Map<Locale, Properties> LOADED = new ConcurrentHashMap<>();

    private Words() {
    }

    /** The French sentence of {@code key}, with its arguments in place. */
    public static String fr(String key, Object... arguments) {
        return format(Locale.FRENCH, key, arguments);
    }

    /** The English sentence of {@code key}, with its arguments in place. */
    public static String en(String key, Object... arguments) {
        return format(Locale.ENGLISH, key, arguments);
    }

    private static String format(Locale locale, String key, Object... arguments) {
        String pattern = LOADED.computeIfAbsent(locale, Words::load).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key + " in the " + locale + " bundles");
        }
        // As Keycloak's templates and form messages do: every message is a pattern, arguments or not ('' is ').
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static Properties load(Locale locale) {
        Properties all = new Properties();
        try {
            for (String bundle : BUNDLES) {
                String name = bundle.formatted(locale.getLanguage());
                for (URL found : Collections.list(Words.class.getClassLoader().getResources(name))) {
                    try (InputStream in = found.openStream()) {
                        // Keycloak reads the bundles as UTF-8.
                        all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no message bundle on the test class path for " + locale);
        }
        return all;
    }
}
