package fr.cibtp.espace.rights.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.rights.Mode;
import fr.cibtp.espace.rights.RightsCatalogue;

/**
 * "Ajout de délégation" as posted by the browser, turned into the API's body (French field names), and the values
 * the form shows: a new delegation starts today with the three collèges and no right, as the guide says.
 */
final class DelegationForm {

    static final String FEATURE_PREFIX = "droit_";
    private static final Pattern FRENCH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DelegationForm() {
    }

    /** The API body of a posted form; dates typed as 23/11/2026 are understood as well as the date picker's. */
    static Map<String, Object> body(MultivaluedMap<String, String> form, RightsCatalogue catalogue) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", text(form, "email"));
        body.put("nom", text(form, "nom"));
        body.put("prenom", text(form, "prenom"));
        body.put("date_effet", date(text(form, "date_effet")));
        body.put("date_fin", date(text(form, "date_fin")));
        body.put("admin", form.getFirst("admin") != null);
        List<String> colleges = form.get("colleges");
        body.put("colleges", colleges == null ? List.of() : List.copyOf(colleges));
        Map<String, String> droits = new LinkedHashMap<>();
        for (String feature : catalogue.features().keySet()) {
            String mode = form.getFirst(FEATURE_PREFIX + feature);
            if (mode != null && !mode.equals(Mode.AUCUN.key())) {
                droits.put(feature, mode);
            }
        }
        body.put("droits", droits);
        return body;
    }

    /** What a new delegation's form shows first. */
    static Map<String, Object> blank(LocalDate today, RightsCatalogue catalogue) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("date_effet", today.toString());
        values.put("admin", false);
        values.put("colleges", catalogue.colleges().stream().map(RightsCatalogue.College::key).toList());
        values.put("droits", Map.of());
        return values;
    }

    /** A delegation (as the API shows it) or a posted body, as the form's fields read them: no null, lists not sets. */
    static Map<String, Object> values(Map<String, Object> delegation) {
        Map<String, Object> values = new LinkedHashMap<>();
        delegation.forEach((key, value) -> {
            if (value instanceof java.util.Collection<?> many) {
                values.put(key, new ArrayList<>(many));
            } else if (value != null) {
                values.put(key, value);
            }
        });
        values.putIfAbsent("droits", Map.of());
        values.putIfAbsent("colleges", List.of());
        return values;
    }

    /** The rights matrix: groups, their features and the modes each may be given. */
    static List<Map<String, Object>> matrix(RightsCatalogue catalogue) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (RightsCatalogue.Group group : catalogue.groups()) {
            List<Map<String, Object>> features = new ArrayList<>();
            group.features().forEach(f -> features.add(Map.of("key", f.key(), "label", f.label(), "modes", f.modes())));
            groups.add(Map.of("key", group.key(), "label", group.label(), "features", features));
        }
        return groups;
    }

    static List<Map<String, String>> colleges(RightsCatalogue catalogue) {
        return catalogue.colleges().stream().map(c -> Map.of("key", c.key(), "label", c.label())).toList();
    }

    /** 2026-11-23 as the guides write it: 23/11/2026. */
    static String shown(Object isoDate) {
        if (isoDate == null) {
            return "";
        }
        try {
            return LocalDate.parse(isoDate.toString()).format(SHOWN);
        } catch (DateTimeParseException e) {
            return isoDate.toString();
        }
    }

    private static String text(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String date(String typed) {
        if (typed != null && FRENCH_DATE.matcher(typed).matches()) {
            try {
                return LocalDate.parse(typed, FRENCH).toString();
            } catch (DateTimeParseException e) {
                return typed;
            }
        }
        return typed;
    }
}
