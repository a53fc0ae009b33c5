package fr.cibtp.espace.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords nobody should use: the most common passwords (exact match, any case) and passwords containing a
 * forbidden word such as the caisse's own name (any case, accents ignored).
 */
public final class Blocklist {

    static final String COMMON_PASSWORDS = "common-passwords.txt";

    private final Set<String> commonPasswords;

    private Blocklist(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    /** The list shipped in this jar: Openwall's public-domain list of common passwords plus French favourites. */
    public static Blocklist shipped() {
        try (InputStream in = Blocklist.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the jar");
            }
            return of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Blocklist of(List<String> lines) {
        Set<String> passwords = new HashSet<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                passwords.add(fold(line.strip()));
            }
        }
        return new Blocklist(Set.copyOf(passwords));
    }

    public boolean isCommon(String password) {
        return commonPasswords.contains(fold(password));
    }

    /** The forbidden word the password contains, or null. */
    public static String forbiddenWordIn(String password, List<String> forbiddenWords) {
        String folded = fold(password);
        for (String word : forbiddenWords) {
            if (!word.isEmpty() && folded.contains(fold(word))) {
                return word;
            }
        }
        return null;
    }

    public int size() {
        return commonPasswords.size();
    }

    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
