package fr.cibtp.espace.registry;

/** A cabinet comptable (tiers déclarant). */
public record Cabinet(String identifiant, String siret, String raisonSociale, PostalAddress holder) {
}
