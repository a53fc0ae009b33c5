package fr.cibtp.espace.delegation.claim;

import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.SiteLabels;

/**
 * The {@code cibtp} claim of the published contract as the token shows it: the space, and the site chosen at sign-in (entreprise)
 * or the salarié the account is (salarié). Records written by Keycloak's Jackson: their components' order is the
 * JSON's, and empty values are left out rather than written as null.
 */
public sealed interface CibtpClaim permits EntrepriseClaim, SalarieClaim {

    String NAME = "cibtp";

    /**
     * The site's block and what the user may do there: {@code role} (administrateur, utilisateur or cabinet),
     * {@code admin}, the {@code colleges} in the catalogue's order, and {@code droits} for the features with a right
     * ({@link RightsClaim}: {@code "*"} for every right).
     */
    static EntrepriseClaim entreprise(SiteLabels site, String role, Rights rights, RightsCatalogue catalogue) {
        return entreprise(site, role, rights, null, catalogue);
    }

    /** As above, with {@code via} ("cabinet:90001-001-01") when the rights come through a cabinet comptable. */
    static EntrepriseClaim entreprise(SiteLabels site, String role, Rights rights, String via, RightsCatalogue catalogue) {
        if (site == null || rights == null || rights.isEmpty()) {
            return entreprise(site);
        }
        return EntrepriseClaim.withRights(ChosenSite.of(site), role, rights, via, catalogue);
    }

    static EntrepriseClaim entreprise(SiteLabels site) {
        return EntrepriseClaim.naming(site == null ? null : ChosenSite.of(site));
    }

    static SalarieClaim salarie(String identifiant, PostalAddress holder) {
        return SalarieClaim.of(identifiant == null ? null : SalarieIdentity.of(identifiant, holder));
    }
}
