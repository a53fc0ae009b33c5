package fr.cibtp.espace.delegation.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.SiteLabels;

/**
 * The {@code cibtp} claim of the published contract as the token shows it: the space, and the site chosen at sign-in (entreprise)
 * or the salarié the account is (salarié). Empty values are left out rather than written as null.
 */
public final class CibtpClaim {

    public static final String NAME = "cibtp";

    private CibtpClaim() {
    }

    /**
     * The site's block and what the user may do there: {@code role} (administrateur, utilisateur or cabinet),
     * {@code admin}, the {@code colleges} in the catalogue's order, and {@code droits} for the features with a right
     * ({@link RightsClaim}: {@code "*"} for every right).
     */
    public static Map<String, Object> entreprise(SiteLabels site, String role, Rights rights, RightsCatalogue catalogue) {
        return entreprise(site, role, rights, null, catalogue);
    }

    /** As above, with {@code via} ("cabinet:90001-001-01") when the rights come through a cabinet comptable. */
    public static Map<String, Object> entreprise(SiteLabels site, String role, Rights rights, String via, RightsCatalogue catalogue) {
        Map<String, Object> claim = entreprise(site);
        if (site == null || rights == null || rights.isEmpty()) {
            return claim;
        }
        claim.put("role", role);
        claim.put("admin", rights.admin());
        List<String> colleges = new ArrayList<>();
        catalogue.colleges().forEach(college -> {
            if (rights.colleges().contains(college.key())) {
                colleges.add(college.key());
            }
        });
        claim.put("colleges", colleges);
        claim.put("droits", RightsClaim.of(rights, catalogue));
        if (via != null) {
            claim.put("via", via);
        }
        return claim;
    }

    public static Map<String, Object> entreprise(SiteLabels site) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("espace", "entreprise");
        if (site != null) {
            Map<String, Object> block = new LinkedHashMap<>();
            put(block, "identifiant", site.identifiant());
            put(block, "siret", site.siret());
            put(block, "nom", site.name());
            put(block, "raison_sociale", site.raisonSociale());
            put(block, "numero_adherent", site.numeroAdherent());
            claim.put("site", block);
        }
        return claim;
    }

    public static Map<String, Object> salarie(String identifiant, PostalAddress holder) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("espace", "salarie");
        if (identifiant != null) {
            Map<String, Object> block = new LinkedHashMap<>();
            put(block, "identifiant", identifiant);
            if (holder != null) {
                put(block, "nom", holder.lastName());
                put(block, "prenom", holder.firstName());
            }
            claim.put("salarie", block);
        }
        return claim;
    }

    private static void put(Map<String, Object> block, String key, String value) {
        if (value != null && !value.isEmpty()) {
            block.put(key, value);
        }
    }
}
