package fr.cibtp.espace.registry.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import fr.cibtp.espace.registry.campaign.CampaignFigures.Week;
import org.junit.jupiter.api.Test;

class EnrollmentWeeksTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void listsEveryWeekOfThePeriodFromMondayInIsoNumbering() {
        EnrollmentWeeks weeks = new EnrollmentWeeks(new CampaignPeriod(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 12)), PARIS);
        List<Week> list = weeks.weeks();
        assertEquals(List.of("2026-W52", "2026-W53", "2027-W01", "2027-W02"), list.stream().map(Week::semaine).toList());
        assertEquals("2026-12-21", list.get(0).lundi());
        assertEquals(0, list.get(3).sites());
    }

    @Test
    void countsAnHourInTheWeekOfItsParisDay() {
        EnrollmentWeeks weeks = new EnrollmentWeeks(new CampaignPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 6)), PARIS);
        // Sunday 29 November, 23:30 in Paris, is 22:30 UTC: still the first week.
        weeks.add(EnrollmentWeeks.Kind.SITES, hour(ZonedDateTime.of(2026, 11, 29, 23, 30, 0, 0, PARIS)), 3);
        // Monday 30 November, 00:10 in Paris, is Sunday 23:10 UTC: the second week.
        weeks.add(EnrollmentWeeks.Kind.SITES, hour(ZonedDateTime.of(2026, 11, 30, 0, 10, 0, 0, PARIS)), 2);
        weeks.add(EnrollmentWeeks.Kind.ADHERENTS, hour(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, PARIS)), 1);
        weeks.add(EnrollmentWeeks.Kind.SALARIES, hour(ZonedDateTime.of(2026, 12, 6, 23, 59, 0, 0, PARIS)), 4);
        List<Week> list = weeks.weeks();
        assertEquals(new Week("2026-W48", "2026-11-23", 3, 0, 0, 0), list.get(0));
        assertEquals(new Week("2026-W49", "2026-11-30", 2, 1, 0, 4), list.get(1));
    }

    @Test
    void anHourOutsideThePeriodIsAMistake() {
        EnrollmentWeeks weeks = new EnrollmentWeeks(new CampaignPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)), PARIS);
        assertThrows(IllegalArgumentException.class,
                () -> weeks.add(EnrollmentWeeks.Kind.SITES, hour(ZonedDateTime.of(2026, 11, 30, 8, 0, 0, 0, PARIS)), 1));
    }

    private static long hour(ZonedDateTime time) {
        return time.toInstant().toEpochMilli() / EnrollmentWeeks.HOUR_MILLIS;
    }
}
