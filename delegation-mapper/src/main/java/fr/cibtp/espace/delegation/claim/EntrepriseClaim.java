package fr.cibtp.espace.delegation.claim;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;

/**
 * The claim of the entreprise space: the chosen site and what the user may do there. Without a right on the site,
 * {@code role}, {@code admin}, {@code colleges} and {@code droits} are null and so left out; {@code via} is only there
 * for rights reaching the user through a cabinet comptable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntrepriseClaim(@JsonProperty("espace") String space, ChosenSite site, String role, Boolean admin,
                              List<String> colleges, @JsonProperty("droits") RightsClaim rights, String via)
        implements CibtpClaim {

    public static final String SPACE = "entreprise";

    /** The site alone, or only the space when no site is chosen. */
    public static EntrepriseClaim naming(ChosenSite site) {
        return new EntrepriseClaim(SPACE, site, null, null, null, null, null);
    }

    public static EntrepriseClaim withRights(ChosenSite site, String role, Rights rights, String via, RightsCatalogue catalogue) {
        return new EntrepriseClaim(SPACE, site, role, rights.admin(), colleges(rights, catalogue), RightsClaim.of(rights, catalogue), via);
    }

    /** In the catalogue's order, which portals show. */
    private static List<String> colleges(Rights rights, RightsCatalogue catalogue) {
        return catalogue.colleges().stream().map(RightsCatalogue.College::key).filter(rights.colleges()::contains).toList();
    }
}
