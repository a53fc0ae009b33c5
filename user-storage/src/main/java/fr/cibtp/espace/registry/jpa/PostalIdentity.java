package fr.cibtp.espace.registry.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import fr.cibtp.espace.registry.jpa.RegistrySchema.Postal;

/** Holder's name and postal address of a précompte: the recipient of the letters with the provisional code. */
@Embeddable
public class PostalIdentity {

    @Column(name = Postal.HOLDER_LAST_NAME)
    String lastName;

    @Column(name = Postal.HOLDER_FIRST_NAME)
    String firstName;

    @Column(name = Postal.ADDRESS_LINE1)
    String line1;

    @Column(name = Postal.ADDRESS_LINE2)
    String line2;

    @Column(name = Postal.POSTCODE, length = 10)
    String postcode;

    @Column(name = Postal.TOWN, length = 100)
    String town;

    /** The postal code's département ({@link fr.cibtp.espace.identifiers.Departement}), for the campaign's figures. */
    @Column(name = Postal.DEPARTEMENT, length = 7)
    String departement;

    /** Hibernate loads an embedded value whose columns are all null as null. */
    static PostalIdentity orEmpty(PostalIdentity p) {
        return p == null ? new PostalIdentity() : p;
    }

    static boolean same(PostalIdentity a, PostalIdentity b) {
        return orEmpty(a).sameAs(orEmpty(b));
    }

    private boolean sameAs(PostalIdentity other) {
        return Objects.equals(lastName, other.lastName) && Objects.equals(firstName, other.firstName)
                && Objects.equals(line1, other.line1) && Objects.equals(line2, other.line2)
                && Objects.equals(postcode, other.postcode) && Objects.equals(town, other.town);
    }
}
