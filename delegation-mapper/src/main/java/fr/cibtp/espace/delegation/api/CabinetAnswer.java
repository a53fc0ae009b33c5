package fr.cibtp.espace.delegation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cibtp.espace.delegation.service.Views;

/**
 * {@code GET|PUT /sites/{identifiant}/cabinet}: the cabinet, what it was given ({@code null} when nothing yet, written
 * as such: Keycloak's JSON leaves out the nulls of a map) and, only then, the sentence saying so.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CabinetAnswer(Views.CabinetSummary cabinet, Views.CabinetDelegation delegation,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String message) {
}
