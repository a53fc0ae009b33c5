package fr.cibtp.espace.refusal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one error body of both APIs (the OpenAPI {@code Error} schema of each): {@code erreur}, the code; {@code message},
 * the sentence for people; {@code champ}, the field it is about; {@code parametres}, the values the sentence names;
 * {@code identifiants}, the identifiants it is about. Absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(String erreur, String message, String champ, List<Object> parametres, List<String> identifiants) {
}
