package fr.cibtp.espace.refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Properties;

/**
 * A refusal worded from a bundle, as Keycloak words a page's messages ({@code MessageFormat}); the key itself when the
 * bundle lacks it, so that a missing sentence shows as its code rather than as nothing.
 */
public final class Sentences {

    private static final String SHIPPED = "theme-resources/messages/messages_%s.properties";

    private Sentences() {
    }

    public static String of(Properties bundle, Refusal refusal, Locale locale) {
        String pattern = bundle.getProperty(refusal.messageKey(), refusal.code().key());
        return new MessageFormat(pattern, locale).format(refusal.params().toArray());
    }

    /**
     * The sentences every jar ships in a language ({@code fr}, {@code en}), merged as Keycloak merges them, before any
     * theme of the caisse: each jar has a file of that name, and one class loader sees them all.
     */
    public static Properties shipped(String language) {
        Properties bundle = new Properties();
        try {
            Enumeration<URL> files = Sentences.class.getClassLoader().getResources(SHIPPED.formatted(language));
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
