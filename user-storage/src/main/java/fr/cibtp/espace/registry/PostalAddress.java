package fr.cibtp.espace.registry;

/** Holder and postal address of a précompte, as printed on the letters. */
public record PostalAddress(String lastName, String firstName, String line1, String line2, String postcode, String town) {
}
