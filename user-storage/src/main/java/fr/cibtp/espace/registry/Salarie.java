package fr.cibtp.espace.registry;

/** A salarié of the payment statements. */
public record Salarie(String identifiant, PostalAddress holder) {
}
