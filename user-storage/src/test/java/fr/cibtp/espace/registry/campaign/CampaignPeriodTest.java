package fr.cibtp.espace.registry.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;
import fr.cibtp.espace.refusal.Sentences;
import org.junit.jupiter.api.Test;

class CampaignPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void defaultsToTheSixteenWeeksEndingToday() {
        CampaignPeriod period = CampaignPeriod.parse(null, "", TODAY);
        assertEquals(LocalDate.of(2026, 8, 17), period.from());
        assertEquals(TODAY, period.to());
        assertEquals(CampaignPeriod.DEFAULT_WEEKS * 7, period.to().toEpochDay() - period.from().toEpochDay() + 1);
    }

    @Test
    void takesBothDaysAsTyped() {
        CampaignPeriod period = CampaignPeriod.parse("2026-09-01", "2027-01-31", TODAY);
        assertEquals(LocalDate.of(2026, 9, 1), period.from());
        assertEquals(LocalDate.of(2027, 1, 31), period.to());
    }

    @Test
    void coversWholeDaysInParis() {
        CampaignPeriod period = CampaignPeriod.parse("2026-10-25", "2026-10-25", TODAY);
        assertEquals(ZonedDateTime.of(2026, 10, 25, 0, 0, 0, 0, PARIS).toInstant().toEpochMilli(), period.startMillis(PARIS));
        // The day clocks go back lasts 25 hours.
        assertEquals(25 * 3_600_000L, period.endMillis(PARIS) - period.startMillis(PARIS));
    }

    @Test
    void refusesWhatIsNoPeriodInFrench() {
        assertEquals("« du » doit être une date AAAA-MM-JJ, par exemple 2026-09-01.",
                french(assertThrows(Refusal.class, () -> CampaignPeriod.parse("01/09/2026", null, TODAY))));
        assertEquals("La période commence (du 2026-12-07) après sa fin (au 2026-12-06).",
                french(assertThrows(Refusal.class, () -> CampaignPeriod.parse("2026-12-07", null, TODAY))));
        assertEquals("La période dépasse 366 jours : demandez les chiffres année par année.",
                french(assertThrows(Refusal.class, () -> CampaignPeriod.parse("2025-01-01", "2026-01-02", TODAY))));
        assertEquals(LocalDate.of(2025, 1, 1), CampaignPeriod.parse("2025-01-01", "2026-01-01", TODAY).from());
    }

    private static String french(Refusal refusal) {
        assertEquals(RefusalCode.PERIODE_INVALIDE, refusal.code());
        return Sentences.of(Sentences.shipped("fr"), refusal, Locale.FRENCH);
    }
}
