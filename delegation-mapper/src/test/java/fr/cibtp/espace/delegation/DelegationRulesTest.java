package fr.cibtp.espace.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cibtp.espace.delegation.DelegationRules.Problem;
import fr.cibtp.espace.delegation.DelegationRules.Request;
import fr.cibtp.espace.refusal.RefusalCode;
import org.junit.jupiter.api.Test;

class DelegationRulesTest {

    private static final RightsCatalogue CATALOGUE = RightsCatalogue.shipped();
    private static final DelegationRules RULES = new DelegationRules(CATALOGUE);
    private static final Rights ADMIN = Rights.administrator(CATALOGUE);
    private static final Period FOREVER = new Period(LocalDate.MIN, null);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Request request(Set<String> colleges, Map<String, String> modes) {
        return new Request(TODAY, null, false, colleges, modes);
    }

    @Test
    void anAdministratorDelegatesWithinTheCatalogue() {
        assertEquals(List.of(), RULES.check(request(Set.of("etam"), Map.of("planning", "consultation", "gestion-salaries", "aucun")),
                ADMIN, FOREVER));
    }

    @Test
    void anAdminDelegationIsNormalisedToEverything() {
        Rights given = RULES.rightsOf(new Request(TODAY, null, true, Set.of(), Map.of("planning", "aucun")));
        assertEquals(ADMIN, given);
        assertEquals(List.of(), RULES.check(new Request(TODAY, null, true, Set.of(), Map.of()), ADMIN, FOREVER));
    }

    @Test
    void saysWhatIsWrongAndWhere() {
        assertEquals(List.of(new Problem("colleges", RefusalCode.COLLEGE_REQUIS)),
                RULES.check(request(Set.of(), Map.of()), ADMIN, FOREVER));
        assertEquals(List.of(new Problem("droits", RefusalCode.CONSULTATION_SEULE, "Situation de compte")),
                RULES.check(request(Set.of("cadre"), Map.of("situation-compte", "mise_a_jour")), ADMIN, FOREVER));
        assertEquals(List.of(new Problem("date_fin", RefusalCode.FIN_AVANT_EFFET)),
                RULES.check(new Request(TODAY, TODAY.minusDays(1), false, Set.of("cadre"), Map.of()), ADMIN, FOREVER));
        assertEquals(List.of(new Problem("date_effet", RefusalCode.DATE_EFFET_REQUISE)),
                RULES.check(new Request(null, null, false, Set.of("cadre"), Map.of()), ADMIN, FOREVER));
        assertTrue(RULES.check(request(Set.of("apprentis"), Map.of("inconnue", "lecture")), ADMIN, FOREVER).size() == 2);
    }

    @Test
    void aCabinetPassesOnAtMostWhatItGot() {
        Rights cabinet = new Rights(Set.of("ouvrier", "etam"), Map.of("gestion-salaries", Mode.CONSULTATION), true);
        Period until = new Period(TODAY.minusDays(10), TODAY.plusDays(30));
        assertEquals(List.of(), RULES.check(new Request(TODAY, TODAY.plusDays(30), false, Set.of("etam"),
                Map.of("gestion-salaries", "consultation")), cabinet, until));
        assertEquals("droits", RULES.check(new Request(TODAY, TODAY.plusDays(30), false, Set.of("etam"),
                Map.of("gestion-salaries", "mise_a_jour")), cabinet, until).get(0).field());
        assertEquals("droits", RULES.check(new Request(TODAY, TODAY.plusDays(30), false, Set.of("cadre"), Map.of()), cabinet, until)
                .get(0).field());
        assertEquals("date_fin", RULES.check(new Request(TODAY, null, false, Set.of("etam"), Map.of()), cabinet, until).get(0).field(),
                "no end date beyond the cabinet's own");
        assertEquals("droits", RULES.check(new Request(TODAY, TODAY.plusDays(30), true, Set.of(), Map.of()), cabinet, until).get(0).field(),
                "an admin delegation would give everything");
    }

    @Test
    void onlyASiteAdministratorDelegates() {
        Rights user = new Rights(Set.of("etam"), Map.of("planning", Mode.CONSULTATION), false);
        assertEquals(List.of(new Problem("admin", RefusalCode.ADMIN_REQUIS)),
                RULES.check(request(Set.of("etam"), Map.of("planning", "consultation")), user, FOREVER));
    }
}
