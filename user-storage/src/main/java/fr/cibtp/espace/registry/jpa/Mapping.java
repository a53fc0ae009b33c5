package fr.cibtp.espace.registry.jpa;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.cibtp.espace.registry.Cabinet;
import fr.cibtp.espace.registry.DsnAlert;
import fr.cibtp.espace.registry.PostalAddress;
import fr.cibtp.espace.registry.Salarie;
import fr.cibtp.espace.registry.Site;
import org.keycloak.util.JsonSerialization;

/** From rows to the records other modules see. */
final class Mapping {

    private static final TypeReference<List<DsnAlert>> ALERTS = new TypeReference<>() {
    };

    private Mapping() {
    }

    static PostalAddress postal(PostalIdentity identity) {
        PostalIdentity p = PostalIdentity.orEmpty(identity);
        return new PostalAddress(p.lastName, p.firstName, p.line1, p.line2, p.postcode, p.town);
    }

    static Site site(SiteEntity s, AdherentEntity a) {
        return new Site(s.identifiant, s.siret, s.name, a == null ? null : a.raisonSociale, s.adherentNumero,
                a == null ? null : a.cabinetIdentifiant, postal(s.postal), alerts(s.dsnAlerts));
    }

    static Cabinet cabinet(CabinetEntity c) {
        return new Cabinet(c.identifiant, c.siret, c.raisonSociale, postal(c.postal));
    }

    static Salarie salarie(SalarieEntity s) {
        return new Salarie(s.identifiant, postal(s.postal));
    }

    static List<DsnAlert> alerts(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return JsonSerialization.readValue(json, ALERTS);
        } catch (IOException e) {
            return List.of();
        }
    }
}
