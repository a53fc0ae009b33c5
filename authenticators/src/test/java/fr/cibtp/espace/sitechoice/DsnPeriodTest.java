package fr.cibtp.espace.sitechoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DsnPeriodTest {

    @Test
    void aMonthIsNamedInThePageLanguageAsTheGuideWritesIt() {
        assertEquals("Octobre 2022", DsnPeriod.label("2022-10", Locale.FRENCH));
        assertEquals("Août 2022", DsnPeriod.label("2022-08", Locale.FRENCH));
        assertEquals("Février 2023", DsnPeriod.label(" 2023-02 ", Locale.FRANCE));
        assertEquals("October 2022", DsnPeriod.label("2022-10", Locale.ENGLISH));
    }

    @Test
    void aPeriodInAnotherFormIsShownAsSent() {
        assertEquals("T3 2022", DsnPeriod.label("T3 2022", Locale.FRENCH));
        assertEquals("2022-13", DsnPeriod.label("2022-13", Locale.FRENCH));
        assertEquals("", DsnPeriod.label(null, Locale.FRENCH));
    }
}
