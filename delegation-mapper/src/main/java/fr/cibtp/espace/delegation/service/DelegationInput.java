package fr.cibtp.espace.delegation.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.delegation.DelegationRules;
import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;

/**
 * "Ajout de délégation" as typed (page) or sent (API body, French field names): text as it came, so a refused form
 * shows again what was typed. Dates are ISO (2026-12-31) or as the guides write them (31/12/2026). The beneficiary's
 * phones are kept only on an account the delegation creates ({@link GranteePhones}).
 */
public record DelegationInput(String email, String nom, String prenom, String dateEffet, String dateFin, boolean admin,
                              Set<String> colleges, Map<String, String> droits, String telephoneFixe, String telephoneMobile) {

    private static final Pattern FRENCH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]{0,99}");

    public DelegationInput {
        // in the order typed: the catalogue's, on the page
        colleges = colleges == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(colleges));
        droits = droits == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(droits));
    }

    /** The API's JSON body; a field of the wrong shape is refused with its own code. */
    public static DelegationInput fromJson(DelegationBody body) {
        Set<String> colleges = new LinkedHashSet<>();
        if (body.colleges() != null && body.colleges().isArray()) {
            body.colleges().forEach(c -> colleges.add(c.asText()));
        } else if (present(body.colleges())) {
            throw Refusal.invalid(RefusalCode.COLLEGES_LISTE, "colleges");
        }
        Map<String, String> droits = new LinkedHashMap<>();
        if (body.droits() != null && body.droits().isObject()) {
            body.droits().fields().forEachRemaining(right -> droits.put(right.getKey(), right.getValue().asText()));
        } else if (present(body.droits())) {
            throw Refusal.invalid(RefusalCode.DROITS_OBJET, "droits");
        }
        return new DelegationInput(text(body.email()), text(body.nom()), text(body.prenom()), text(body.dateEffet()),
                text(body.dateFin()), Boolean.TRUE.equals(body.admin()), colleges, droits, text(body.telephoneFixe()),
                text(body.telephoneMobile()));
    }

    private static boolean present(JsonNode json) {
        return json != null && !json.isNull() && !json.isMissingNode();
    }

    /** The same rights and period for another grantee: what an administrator of the site is given, or a cabinet. */
    public DelegationInput notAdmin() {
        return new DelegationInput(email, nom, prenom, dateEffet, dateFin, false, colleges, droits, telephoneFixe, telephoneMobile);
    }

    /** The address, trimmed and lower-cased, when it is one. */
    String checkedEmail() {
        String address = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        if (address == null || address.length() > 254 || !org.keycloak.utils.EmailValidationUtil.isValidEmail(address)) {
            throw Refusal.invalid(RefusalCode.EMAIL_INVALIDE, "email");
        }
        return address;
    }

    void checkNames() {
        for (String name : new String[]{nom, prenom}) {
            if (name != null && !NAME.matcher(name).matches()) {
                throw Refusal.invalid(RefusalCode.NOM_INVALIDE, "nom");
            }
        }
    }

    /** What the rules check; the date of effect defaults to {@code today}. */
    DelegationRules.Request request(LocalDate today) {
        LocalDate effet = dateEffet == null ? today : day(dateEffet, "date_effet");
        LocalDate fin = dateFin == null ? null : day(dateFin, "date_fin");
        return new DelegationRules.Request(effet, fin, admin, colleges, droits);
    }

    /** A date typed in a filter or a form: ISO or French; null when empty. */
    public static LocalDate day(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip();
        try {
            return FRENCH_DATE.matcher(value).matches() ? LocalDate.parse(value, FRENCH) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(RefusalCode.DATE_INVALIDE, field);
        }
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.isEmpty() ? null : text;
    }
}
