package fr.cibtp.espace.delegation.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The claim of the salarié space; {@code salarie} is left out when the account is no salarié's. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SalarieClaim(@JsonProperty("espace") String space, SalarieIdentity salarie) implements CibtpClaim {

    public static final String SPACE = "salarie";

    public static SalarieClaim of(SalarieIdentity salarie) {
        return new SalarieClaim(SPACE, salarie);
    }
}
