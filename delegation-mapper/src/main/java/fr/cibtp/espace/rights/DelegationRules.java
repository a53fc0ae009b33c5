package fr.cibtp.espace.rights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a new or modified delegation, each failure a French sentence tied to the field it is about.
 * Admin delegations are normalised first: all collèges and the highest mode of every feature, not editable.
 */
public final class DelegationRules {

    /**
     * One refusal: the field (as in the API), a stable code (the page words it in the user's language from it and
     * {@code args}) and the French sentence the API answers.
     */
    public record Problem(String field, String code, String message, List<String> args) {

        Problem(String field, String code, String message, String... args) {
            this(field, code, message, List.of(args));
        }
    }

    /** A delegation as asked for: {@code fin} may be null; {@code modes} are the API's keys. */
    public record Request(LocalDate effet, LocalDate fin, boolean admin, Set<String> colleges, Map<String, String> modes) {
    }

    private final RightsCatalogue catalogue;

    public DelegationRules(RightsCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The rights a valid request gives, admin requests normalised. */
    public Rights rightsOf(Request request) {
        if (request.admin()) {
            return Rights.administrator(catalogue);
        }
        Map<String, Mode> modes = new LinkedHashMap<>();
        request.modes().forEach((feature, mode) -> modes.put(feature, Mode.fromKey(mode)));
        return new Rights(request.colleges(), modes, false);
    }

    /**
     * @param grantor the grantor's effective rights on the site now
     * @param grantorPeriod the period of the grantor's own delegation (the holder's is open-ended)
     */
    public List<Problem> check(Request request, Rights grantor, Period grantorPeriod) {
        List<Problem> problems = new ArrayList<>();
        if (!grantor.admin()) {
            problems.add(new Problem("admin", "admin_requis", "Seul un administrateur du site peut déléguer des droits."));
            return problems;
        }
        if (request.effet() == null) {
            problems.add(new Problem("date_effet", "date_effet_requise", "La date d'effet est obligatoire."));
        } else if (request.fin() != null && request.fin().isBefore(request.effet())) {
            problems.add(new Problem("date_fin", "fin_avant_effet", "La date de fin ne peut pas précéder la date d'effet."));
        } else if (!new Period(request.effet(), request.fin()).within(grantorPeriod)) {
            problems.add(grantorPeriod.fin() == null
                    ? new Problem("date_effet", "hors_periode", "La période de la délégation doit rester dans celle de vos propres droits.")
                    : new Problem("date_fin", "hors_periode_jusqu_au", "La période de la délégation doit rester dans celle de vos propres droits"
                    + " (jusqu'au " + grantorPeriod.fin() + ").", grantorPeriod.fin().toString()));
        }
        if (!request.admin()) {
            checkContent(request, problems);
        }
        if (problems.isEmpty() && !rightsOf(request).within(grantor)) {
            problems.add(new Problem("droits", "trop_de_droits", "Vous ne pouvez pas donner plus de droits que vous n'en avez vous-même."));
        }
        return problems;
    }

    private void checkContent(Request request, List<Problem> problems) {
        if (request.colleges() == null || request.colleges().isEmpty()) {
            problems.add(new Problem("colleges", "college_requis", "Choisissez au moins un collège (Ouvrier, ETAM ou Cadre)."));
        } else {
            for (String college : request.colleges()) {
                if (!catalogue.isCollege(college)) {
                    problems.add(new Problem("colleges", "college_inconnu", "Collège inconnu : " + college + ".", college));
                }
            }
        }
        request.modes().forEach((feature, mode) -> {
            var known = catalogue.feature(feature);
            if (known.isEmpty()) {
                problems.add(new Problem("droits", "fonctionnalite_inconnue", "Fonctionnalité inconnue : " + feature + ".", feature));
                return;
            }
            Mode parsed;
            try {
                parsed = Mode.fromKey(mode);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("droits", "droit_inconnu", "Droit inconnu pour « " + known.get().label() + " » : " + mode + ".",
                        known.get().label(), mode));
                return;
            }
            if (parsed != Mode.AUCUN && !known.get().allowedModes().contains(parsed)) {
                problems.add(new Problem("droits", "consultation_seule", "« " + known.get().label() + " » ne peut être délégué qu'en consultation.",
                        known.get().label()));
            }
        });
    }
}
