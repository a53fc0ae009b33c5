package fr.cibtp.espace.delegation.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cibtp.espace.registry.SiteLabels;

/** The {@code site} of the entreprise claim: the site déclarant chosen at sign-in. A null or empty label is left out. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChosenSite(String identifiant, String siret, @JsonProperty("nom") String name,
                         @JsonProperty("raison_sociale") String raisonSociale,
                         @JsonProperty("numero_adherent") String numeroAdherent) {

    static ChosenSite of(SiteLabels site) {
        return new ChosenSite(site.identifiant(), site.siret(), site.name(), site.raisonSociale(), site.numeroAdherent());
    }
}
