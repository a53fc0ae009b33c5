package fr.cibtp.espace.registry;

import java.util.Arrays;
import java.util.Optional;

/** What a provisional code opens: a site déclarant, a cabinet comptable or a salarié's space. */
public enum PrecompteKind {
    SITE("site"),
    CABINET("cabinet"),
    SALARIE("salarie");

    private final String key;

    PrecompteKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<PrecompteKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
