package fr.cibtp.espace.registry.jpa;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.cibtp.espace.registry.PrecompteKind;

/**
 * What an account link says, as stored in its KIND column: the account holds a précompte of that kind, or reaches a
 * site through a delegation. The column stays text: the values below are the database's, and never change.
 */
enum LinkKind {
    SITE("site", PrecompteKind.SITE),
    CABINET("cabinet", PrecompteKind.CABINET),
    SALARIE("salarie", PrecompteKind.SALARIE),
    DELEGATED("delegue", null);

    /** The links that put a site in the account's chooser, and so carry its labels. */
    static final List<LinkKind> TO_A_SITE = List.of(SITE, DELEGATED);
    /** The links by which an account holds a précompte. */
    static final List<LinkKind> HOLDING = List.of(SITE, CABINET, SALARIE);

    private final String stored;
    private final PrecompteKind precompte;

    LinkKind(String stored, PrecompteKind precompte) {
        this.stored = stored;
        this.precompte = precompte;
    }

    String stored() {
        return stored;
    }

    /** The kind of précompte the link holds; empty for a delegation, which holds nothing. */
    Optional<PrecompteKind> precompte() {
        return Optional.ofNullable(precompte);
    }

    static LinkKind of(PrecompteKind kind) {
        return switch (kind) {
            case SITE -> SITE;
            case CABINET -> CABINET;
            case SALARIE -> SALARIE;
        };
    }

    static Optional<LinkKind> fromStored(String stored) {
        return Arrays.stream(values()).filter(k -> k.stored.equals(stored)).findFirst();
    }

    /** The stored values, for a JPQL {@code in :kinds} parameter. */
    static List<String> stored(List<LinkKind> kinds) {
        return kinds.stream().map(LinkKind::stored).toList();
    }

    /** The stored values as an SQL list of literals, for hand-written SQL: ours, so quoting them is safe. */
    static String sqlList(List<LinkKind> kinds) {
        return kinds.stream().map(k -> "'" + k.stored + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
