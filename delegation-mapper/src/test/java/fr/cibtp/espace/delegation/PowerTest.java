package fr.cibtp.espace.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PowerTest {

    private static final Rights ADMIN = Rights.administrator(RightsCatalogue.shipped());
    private static final Rights READS = new Rights(Set.of("ouvrier"), Map.of("planning", Mode.CONSULTATION), false);
    private static final Rights PAYS = new Rights(Set.of("ouvrier"), Map.of("telepaiements", Mode.MISE_A_JOUR), false);
    private static final Period YEAR = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final Period LONGER = new Period(LocalDate.of(2026, 1, 1), null);

    @Test
    void administrationAndAnyMiseAJourArePower() {
        assertTrue(Power.isPower(ADMIN));
        assertTrue(Power.isPower(PAYS));
        assertFalse(Power.isPower(READS));
    }

    @Test
    void aNewDelegationGivingPowerNeedsIt() {
        assertTrue(Power.grantedOrWidened(null, null, PAYS, YEAR));
        assertTrue(Power.grantedOrWidened(null, null, ADMIN, YEAR));
        assertFalse(Power.grantedOrWidened(null, null, READS, LONGER), "consultation only gives no power");
    }

    @Test
    void wideningRightsOrPeriodOfAPowerfulDelegationNeedsIt() {
        assertTrue(Power.grantedOrWidened(READS, YEAR, PAYS, YEAR), "a mise_a_jour added");
        assertTrue(Power.grantedOrWidened(PAYS, YEAR, ADMIN, YEAR), "administration added");
        assertTrue(Power.grantedOrWidened(PAYS, YEAR, PAYS, LONGER), "the end date lifted");
    }

    @Test
    void narrowingNeverNeedsIt() {
        assertFalse(Power.grantedOrWidened(ADMIN, LONGER, PAYS, YEAR));
        assertFalse(Power.grantedOrWidened(PAYS, LONGER, PAYS, YEAR));
        assertFalse(Power.grantedOrWidened(PAYS, YEAR, READS, LONGER), "no power left, whatever the dates");
    }

    @Test
    void aChainLastsNoLongerThanItsShortestLink() {
        Period open = new Period(LocalDate.of(2026, 3, 1), null);
        assertEquals(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)), open.intersect(YEAR));
        assertEquals(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)), YEAR.intersect(open));
        assertEquals(LONGER, LONGER.intersect(LONGER));
    }
}
