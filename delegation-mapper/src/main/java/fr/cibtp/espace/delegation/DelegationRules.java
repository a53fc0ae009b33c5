package fr.cibtp.espace.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;

/**
 * The checks of a new or modified delegation, each failure a {@link Problem} tied to the field it is about.
 * Admin delegations are normalised first: all collèges and the highest mode of every feature, not editable.
 */
public final class DelegationRules {

    /** One refusal: the field it is about (as in the API), why, and the values its sentence names. */
    public record Problem(String field, RefusalCode code, List<String> args) {

        Problem(String field, RefusalCode code, String... args) {
            this(field, code, List.of(args));
        }

        public Refusal refusal() {
            return Refusal.invalid(code, field, args.toArray());
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
            problems.add(new Problem("admin", RefusalCode.ADMIN_REQUIS));
            return problems;
        }
        if (request.effet() == null) {
            problems.add(new Problem("date_effet", RefusalCode.DATE_EFFET_REQUISE));
        } else if (request.fin() != null && request.fin().isBefore(request.effet())) {
            problems.add(new Problem("date_fin", RefusalCode.FIN_AVANT_EFFET));
        } else if (!new Period(request.effet(), request.fin()).within(grantorPeriod)) {
            problems.add(grantorPeriod.fin() == null
                    ? new Problem("date_effet", RefusalCode.HORS_PERIODE)
                    : new Problem("date_fin", RefusalCode.HORS_PERIODE_JUSQU_AU, grantorPeriod.fin().toString()));
        }
        if (!request.admin()) {
            checkContent(request, problems);
        }
        if (problems.isEmpty() && !rightsOf(request).within(grantor)) {
            problems.add(new Problem("droits", RefusalCode.TROP_DE_DROITS));
        }
        return problems;
    }

    private void checkContent(Request request, List<Problem> problems) {
        if (request.colleges() == null || request.colleges().isEmpty()) {
            problems.add(new Problem("colleges", RefusalCode.COLLEGE_REQUIS));
        } else {
            for (String college : request.colleges()) {
                if (!catalogue.isCollege(college)) {
                    problems.add(new Problem("colleges", RefusalCode.COLLEGE_INCONNU, college));
                }
            }
        }
        request.modes().forEach((feature, mode) -> {
            var known = catalogue.feature(feature);
            if (known.isEmpty()) {
                problems.add(new Problem("droits", RefusalCode.FONCTIONNALITE_INCONNUE, feature));
                return;
            }
            Mode parsed;
            try {
                parsed = Mode.fromKey(mode);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("droits", RefusalCode.DROIT_INCONNU, known.get().label(), mode));
                return;
            }
            if (parsed != Mode.AUCUN && !known.get().allowedModes().contains(parsed)) {
                problems.add(new Problem("droits", RefusalCode.CONSULTATION_SEULE, known.get().label()));
            }
        });
    }
}
