package fr.cibtp.espace.delegation.claim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.cibtp.espace.delegation.Mode;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;

/**
 * The {@code droits} of the {@code cibtp} claim: feature to {@code consultation} or {@code mise_a_jour} for the
 * features with a right, or {@value #ALL} for every feature of the catalogue at its highest mode (docs/cibtp-claim.md).
 */
public sealed interface RightsClaim permits RightsClaim.EveryRight, RightsClaim.FeatureModes {

    /**
     * Every right, as an administrator holds them. A string, not a map: a portal that reads {@code droits} as a map
     * without knowing this finds no right at all, never a right the user lacks; and the token stays under 2 KB.
     */
    String ALL = "*";

    static RightsClaim of(Rights rights, RightsCatalogue catalogue) {
        boolean all = catalogue.features().values().stream().allMatch(f -> f.highestMode().atMost(rights.mode(f.key())));
        if (all) {
            return new EveryRight();
        }
        Map<String, String> modes = new LinkedHashMap<>();
        catalogue.features().keySet().forEach(feature -> {
            if (rights.mode(feature) != Mode.AUCUN) {
                modes.put(feature, rights.mode(feature).key());
            }
        });
        return new FeatureModes(Collections.unmodifiableMap(modes));
    }

    /** Written as the string {@value RightsClaim#ALL}. */
    record EveryRight() implements RightsClaim {

        @JsonValue
        public String json() {
            return ALL;
        }
    }

    /** Written as an object, in the catalogue's order: a map because its keys are the catalogue's features. */
    record FeatureModes(Map<String, String> modes) implements RightsClaim {

        @JsonValue
        @Override
        public Map<String, String> modes() {
            return modes;
        }
    }
}
