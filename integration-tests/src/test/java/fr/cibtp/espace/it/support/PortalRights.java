package fr.cibtp.espace.it.support;

import java.util.Map;

import fr.cibtp.espace.delegation.RightsCatalogue;

/** How a portal reads a right from the {@code cibtp} claim, as docs/cibtp-claim.md tells portal developers. */
public final class PortalRights {

    /** The value of {@code droits} that stands for every feature of the catalogue at its highest mode. */
    public static final String ALL = "*";

    private PortalRights() {
    }

    /** {@code mise_a_jour}, {@code consultation} or {@code aucun}. */
    public static String mode(Map<?, ?> cibtp, String feature, RightsCatalogue catalogue) {
        Object droits = cibtp.get("droits");
        if (ALL.equals(droits)) {
            RightsCatalogue.Feature known = catalogue.features().get(feature);
            return known == null ? "aucun" : known.highestMode().key();
        }
        if (droits instanceof Map<?, ?> modes && modes.get(feature) instanceof String mode) {
            return mode;
        }
        return "aucun";
    }
}
