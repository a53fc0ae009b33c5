package fr.cibtp.espace.rights.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.registry.api.ApiError;
import fr.cibtp.espace.rights.DelegationRules;
import fr.cibtp.espace.time.CaisseClock;

/** The body of "Ajouter une délégation" as sent: French field names; date_effet defaults to today. */
record DelegationRequest(String email, String nom, String prenom, DelegationRules.Request request) {

    static DelegationRequest read(Map<String, Object> body) {
        String email = text(body, "email");
        LocalDate effet = body.get("date_effet") == null ? CaisseClock.today() : date(body, "date_effet");
        LocalDate fin = body.get("date_fin") == null ? null : date(body, "date_fin");
        boolean admin = Boolean.TRUE.equals(body.get("admin"));
        Set<String> colleges = new LinkedHashSet<>();
        if (body.get("colleges") instanceof List<?> list) {
            list.forEach(c -> colleges.add(String.valueOf(c)));
        } else if (body.get("colleges") != null) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "colleges_liste", "colleges est une liste : [\"ouvrier\", \"etam\", \"cadre\"].");
        }
        Map<String, String> modes = new LinkedHashMap<>();
        if (body.get("droits") instanceof Map<?, ?> map) {
            map.forEach((feature, mode) -> modes.put(String.valueOf(feature), String.valueOf(mode)));
        } else if (body.get("droits") != null) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "droits_objet", "droits associe une fonctionnalité à consultation ou mise_a_jour.");
        }
        return new DelegationRequest(email == null ? null : email.strip().toLowerCase(Locale.ROOT), text(body, "nom"), text(body, "prenom"),
                new DelegationRules.Request(effet, fin, admin, colleges, modes));
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body.get(field);
        return value == null ? null : String.valueOf(value).strip();
    }

    private static LocalDate date(Map<String, Object> body, String field) {
        try {
            return LocalDate.parse(String.valueOf(body.get(field)));
        } catch (DateTimeParseException e) {
            throw invalidDate(field);
        }
    }

    static jakarta.ws.rs.WebApplicationException invalidDate(String field) {
        return ApiError.of(Response.Status.BAD_REQUEST, "date_invalide", "Date invalide : attendue sous la forme 2026-12-31.", Map.of("champ", field));
    }
}
