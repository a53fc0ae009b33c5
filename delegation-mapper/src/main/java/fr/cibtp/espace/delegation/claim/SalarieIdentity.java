package fr.cibtp.espace.delegation.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cibtp.espace.registry.PostalAddress;

/** The {@code salarie} of the salarié claim: who the account is, named as on the letters. A null or empty value is left out. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SalarieIdentity(String identifiant, @JsonProperty("nom") String lastName, @JsonProperty("prenom") String firstName) {

    /** Without the holder's address, the identifiant alone. */
    static SalarieIdentity of(String identifiant, PostalAddress holder) {
        return holder == null ? new SalarieIdentity(identifiant, null, null)
                : new SalarieIdentity(identifiant, holder.lastName(), holder.firstName());
    }
}
