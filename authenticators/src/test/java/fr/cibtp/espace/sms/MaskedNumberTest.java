package fr.cibtp.espace.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskedNumberTest {

    @Test
    void showsTheCountryTheFirstDigitAndTheLastTwo() {
        assertEquals("+33 6 ** ** ** 78", PhoneNumbers.masked("+33612345678"));
        assertEquals("+262 6 ** ** ** 56", PhoneNumbers.masked("+262692123456"));
        assertEquals("", PhoneNumbers.masked(null));
    }

    @Test
    void keptOnOneLineForAPersonToRead() {
        assertEquals("+33\u00a06\u00a0**\u00a0**\u00a0**\u00a078", PhoneNumbers.maskedOnOneLine("+33612345678"));
        assertEquals("", PhoneNumbers.maskedOnOneLine(null));
    }
}
