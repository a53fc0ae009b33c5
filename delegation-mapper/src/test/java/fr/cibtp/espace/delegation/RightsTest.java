package fr.cibtp.espace.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RightsTest {

    private static final RightsCatalogue CATALOGUE = RightsCatalogue.shipped();
    private static final Rights ADMIN = Rights.administrator(CATALOGUE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Rights rights(Set<String> colleges, Map<String, Mode> modes) {
        return new Rights(colleges, modes, false);
    }

    @Test
    void theAdministratorHoldsEverythingTheCatalogueAllows() {
        assertEquals(Set.of("ouvrier", "etam", "cadre"), ADMIN.colleges());
        assertEquals(17, ADMIN.modes().size());
        assertEquals(Mode.MISE_A_JOUR, ADMIN.mode("comptes-bancaires"));
        assertEquals(Mode.CONSULTATION, ADMIN.mode("situation-compte"));
        assertTrue(ADMIN.admin());
    }

    @Test
    void intersectionKeepsTheLowerModeAndTheCommonColleges() {
        Rights a = rights(Set.of("ouvrier", "etam"), Map.of("planning", Mode.CONSULTATION, "comptes-bancaires", Mode.MISE_A_JOUR));
        Rights b = rights(Set.of("etam", "cadre"), Map.of("comptes-bancaires", Mode.CONSULTATION));
        Rights both = a.intersect(b);
        assertEquals(Set.of("etam"), both.colleges());
        assertEquals(Map.of("comptes-bancaires", Mode.CONSULTATION), both.modes());
        assertFalse(both.admin());
    }

    @Test
    void unionKeepsTheHigherModeAndAllColleges() {
        Rights a = rights(Set.of("ouvrier"), Map.of("planning", Mode.CONSULTATION));
        Rights b = rights(Set.of("cadre"), Map.of("planning", Mode.CONSULTATION, "gestion-salaries", Mode.MISE_A_JOUR));
        Rights either = a.union(b);
        assertEquals(Set.of("ouvrier", "cadre"), either.colleges());
        assertEquals(Mode.MISE_A_JOUR, either.mode("gestion-salaries"));
        assertEquals(Mode.CONSULTATION, either.mode("planning"));
    }

    @Test
    void aucunDroitIsNoRightAtAll() {
        Rights r = rights(Set.of("etam"), Map.of("planning", Mode.AUCUN));
        assertTrue(r.modes().isEmpty());
        assertTrue(r.isEmpty());
    }

    @Test
    void nobodyGivesMoreThanTheyHold() {
        Rights holder = rights(Set.of("etam"), Map.of("gestion-salaries", Mode.CONSULTATION));
        assertTrue(rights(Set.of("etam"), Map.of("gestion-salaries", Mode.CONSULTATION)).within(holder));
        assertFalse(rights(Set.of("etam"), Map.of("gestion-salaries", Mode.MISE_A_JOUR)).within(holder), "higher mode");
        assertFalse(rights(Set.of("etam", "cadre"), Map.of()).within(holder), "another collège");
        assertFalse(rights(Set.of("etam"), Map.of("planning", Mode.CONSULTATION)).within(holder), "another feature");
        assertFalse(new Rights(Set.of("etam"), Map.of(), true).within(holder), "admin from a non-admin");
        assertTrue(holder.within(ADMIN));
    }

    @Test
    void narrowingOrClosingAParentNarrowsEveryChild() {
        Delegation toCabinet = new Delegation(rights(Set.of("ouvrier", "etam"),
                Map.of("gestion-salaries", Mode.MISE_A_JOUR, "planning", Mode.CONSULTATION)), new Period(TODAY.minusDays(10), null), false);
        Delegation toCollaborator = new Delegation(rights(Set.of("ouvrier", "etam"),
                Map.of("gestion-salaries", Mode.MISE_A_JOUR)), new Period(TODAY.minusDays(5), null), false);
        Delegation holder = new Delegation(ADMIN, new Period(LocalDate.MIN, null), false);

        assertEquals(Mode.MISE_A_JOUR, Delegation.effective(List.of(holder, toCabinet, toCollaborator), TODAY).mode("gestion-salaries"));

        Delegation narrowed = new Delegation(rights(Set.of("etam"), Map.of("gestion-salaries", Mode.CONSULTATION)),
                toCabinet.period(), false);
        Rights after = Delegation.effective(List.of(holder, narrowed, toCollaborator), TODAY);
        assertEquals(Set.of("etam"), after.colleges());
        assertEquals(Mode.CONSULTATION, after.mode("gestion-salaries"));

        Delegation closed = new Delegation(toCabinet.rights(), toCabinet.period(), true);
        assertTrue(Delegation.effective(List.of(holder, closed, toCollaborator), TODAY).isEmpty());
    }

    @Test
    void expiredAndFutureDelegationsGiveNothing() {
        Delegation holder = new Delegation(ADMIN, new Period(LocalDate.MIN, null), false);
        Rights some = rights(Set.of("cadre"), Map.of("documents", Mode.CONSULTATION));
        Delegation expired = new Delegation(some, new Period(TODAY.minusDays(30), TODAY.minusDays(1)), false);
        Delegation future = new Delegation(some, new Period(TODAY.plusDays(1), null), false);
        Delegation lastDay = new Delegation(some, new Period(TODAY.minusDays(30), TODAY), false);
        assertTrue(Delegation.effective(List.of(holder, expired), TODAY).isEmpty());
        assertTrue(Delegation.effective(List.of(holder, future), TODAY).isEmpty());
        assertEquals(Mode.CONSULTATION, Delegation.effective(List.of(holder, lastDay), TODAY).mode("documents"));
        assertEquals(some.modes(), Delegation.onSite(List.of(List.of(holder, expired), List.of(holder, lastDay)), TODAY).modes());
    }
}
