package fr.cibtp.espace.delegation.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A delegation as the API receives it ({@code DelegationInput} of {@code delegations.openapi.json}), field names as the
 * contract writes them. {@code colleges} and {@code droits} stay JSON until {@link DelegationInput#fromJson} reads
 * them, so that a wrong shape is refused with its own code rather than as unreadable JSON.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DelegationBody(String email, String nom, String prenom, @JsonProperty("date_effet") String dateEffet,
                             @JsonProperty("date_fin") String dateFin, Boolean admin, JsonNode colleges, JsonNode droits,
                             @JsonProperty("telephone_fixe") String telephoneFixe,
                             @JsonProperty("telephone_mobile") String telephoneMobile) {

    /** An empty body: every field absent. */
    public static final DelegationBody EMPTY = new DelegationBody(null, null, null, null, null, null, null, null, null, null);
}
