package fr.cibtp.espace.delegation.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.delegation.Mode;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.service.DelegationInput;
import fr.cibtp.espace.delegation.service.Views.CabinetDelegation;
import fr.cibtp.espace.delegation.service.Views.DelegationView;

/**
 * "Ajout de délégation" as posted by the browser, and the values its fields show: a new delegation starts today with
 * the three collèges and no right, as the guide says; a refused one shows again what was typed.
 */
final class DelegationForm {

    static final String FEATURE_PREFIX = "droit_";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DelegationForm() {
    }

    /** The posted form; the service checks it. Only the catalogue's features are read. */
    static DelegationInput input(MultivaluedMap<String, String> form, RightsCatalogue catalogue) {
        List<String> colleges = form.get("colleges");
        Map<String, String> droits = new LinkedHashMap<>();
        for (String feature : catalogue.features().keySet()) {
            String mode = form.getFirst(FEATURE_PREFIX + feature);
            if (mode != null && !mode.equals(Mode.AUCUN.key())) {
                droits.put(feature, mode);
            }
        }
        return new DelegationInput(text(form, "email"), text(form, "nom"), text(form, "prenom"), text(form, "date_effet"),
                text(form, "date_fin"), form.getFirst("admin") != null, colleges == null ? null : new LinkedHashSet<>(colleges), droits,
                text(form, "telephone_fixe"), text(form, "telephone_mobile"));
    }

    static PageModel.FormValues typed(DelegationInput input) {
        return new PageModel.FormValues(input.email(), input.nom(), input.prenom(), null, shown(input.dateEffet()), shown(input.dateFin()), input.admin(),
                new ArrayList<>(input.colleges()), input.droits(), input.telephoneFixe(), input.telephoneMobile());
    }

    static PageModel.FormValues of(DelegationView d) {
        return new PageModel.FormValues(d.email(), d.nom(), d.prenom(), d.statut(), french(d.effet()), french(d.fin()), d.admin(),
                new ArrayList<>(d.colleges()), d.droits(), null, null);
    }

    static PageModel.FormValues of(CabinetDelegation d) {
        return new PageModel.FormValues(null, null, null, null, french(d.effet()), french(d.fin()), false, new ArrayList<>(d.colleges()), d.droits(), null, null);
    }

    /** What a new delegation's form shows first. */
    static PageModel.FormValues blank(LocalDate today, RightsCatalogue catalogue) {
        return new PageModel.FormValues(null, null, null, null, french(today), null, false,
                catalogue.colleges().stream().map(RightsCatalogue.College::key).toList(), Map.of(), null, null);
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

    /** 2026-11-23 as the guides write it: 23/11/2026; nothing for no date. */
    public static String shown(LocalDate day) {
        return day == null ? "" : day.format(SHOWN);
    }

    /** A typed date as the field shows it: jj/mm/aaaa when it is one, else as typed (the error says why). */
    private static String shown(String typed) {
        try {
            return french(DelegationInput.day(typed, "date"));
        } catch (fr.cibtp.espace.refusal.Refusal notADate) {
            return typed;
        }
    }

    /** jj/mm/aaaa in a field, whatever the browser's language (a date picker would follow it); null for no date. */
    private static String french(LocalDate day) {
        return day == null ? null : shown(day);
    }

    private static String text(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
