package fr.cibtp.espace.registry;

/** What names a site déclarant, and all the token says of it: its identifiers, its name and its adhérent's. */
public record SiteLabels(String identifiant, String siret, String name, String raisonSociale, String numeroAdherent) {
}
