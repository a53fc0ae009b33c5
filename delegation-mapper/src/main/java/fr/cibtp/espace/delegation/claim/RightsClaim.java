package fr.cibtp.espace.delegation.claim;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.cibtp.espace.delegation.Mode;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;

/**
 * The {@code droits} of the {@code cibtp} claim: feature to {@code consultation} or {@code mise_a_jour} for the
 * features with a right, or {@value #ALL} for every feature of the catalogue at its highest mode (docs/cibtp-claim.md).
 */
public final class RightsClaim {

    /**
     * Every right, as an administrator holds them. A string, not a map: a portal that reads {@code droits} as a map
     * without knowing this finds no right at all, never a right the user lacks; and the token stays under 2 KB.
     */
    public static final String ALL = "*";

    private RightsClaim() {
    }

    public static Object of(Rights rights, RightsCatalogue catalogue) {
        boolean all = catalogue.features().values().stream().allMatch(f -> f.highestMode().atMost(rights.mode(f.key())));
        if (all) {
            return ALL;
        }
        Map<String, String> droits = new LinkedHashMap<>();
        catalogue.features().keySet().forEach(feature -> {
            if (rights.mode(feature) != Mode.AUCUN) {
                droits.put(feature, rights.mode(feature).key());
            }
        });
        return droits;
    }
}
