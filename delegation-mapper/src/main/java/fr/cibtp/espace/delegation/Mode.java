package fr.cibtp.espace.delegation;

import java.util.Arrays;

/** What a delegation lets its holder do with a feature; ordered, so that "at most what you hold" is a comparison. */
public enum Mode {
    AUCUN("aucun"),
    CONSULTATION("consultation"),
    MISE_A_JOUR("mise_a_jour");

    private final String key;

    Mode(String key) {
        this.key = key;
    }

    /** The key portals read in the token and the API ({@code consultation}, {@code mise_a_jour}). */
    public String key() {
        return key;
    }

    public static Mode fromKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown mode: " + key));
    }

    public boolean atMost(Mode other) {
        return compareTo(other) <= 0;
    }
}
