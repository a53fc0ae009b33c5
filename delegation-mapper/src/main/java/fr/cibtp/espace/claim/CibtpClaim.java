package fr.cibtp.espace.claim;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.Site;

/**
 * The {@code cibtp} claim of CONTRACTS.md as the token shows it: the space, and the site chosen at sign-in (entreprise)
 * or the salarié the account is (salarié). Empty values are left out rather than written as null.
 */
public final class CibtpClaim {

    public static final String NAME = "cibtp";

    private CibtpClaim() {
    }

    public static Map<String, Object> entreprise(Site site) {
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
