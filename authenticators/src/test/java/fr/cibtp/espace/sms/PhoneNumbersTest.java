package fr.cibtp.espace.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    private static final Set<Integer> FRANCE = PhoneNumbers.countryCodes("33,262,508,590,594,596,681,687,689");

    @ParameterizedTest
    @CsvSource({
            "06 12 34 56 78,+33612345678",
            "0612345678,+33612345678",
            "+33 6 12 34 56 78,+33612345678",
            "0033612345678,+33612345678",
            "07.56.12.34.56,+33756123456",
            "0692 12 34 56,+262692123456",
            "+590 690 12 34 56,+590690123456"
    })
    void readsFrenchMobilesAsPeopleTypeThem(String typed, String e164) {
        assertEquals(e164, PhoneNumbers.parseMobile(typed, FRANCE).value());
    }

    @Test
    void fixedNumbersAreValidButNotMobile() {
        assertEquals("+33387654321", PhoneNumbers.parse("03 87 65 43 21", FRANCE).value());
        assertEquals("cibtpPhoneNotMobile", PhoneNumbers.parseMobile("03 87 65 43 21", FRANCE).errorKey());
    }

    @ParameterizedTest
    @CsvSource(value = {
            "NULL,cibtpPhoneRequired",
            "' ',cibtpPhoneRequired",
            "06 12 34,cibtpPhoneFormat",
            "téléphone,cibtpPhoneFormat",
            "+1 202 555 0143,cibtpPhoneCountry",
            "+44 7911 123456,cibtpPhoneCountry"
    }, nullValues = "NULL")
    void refusesWhatCannotReceiveOurSms(String typed, String errorKey) {
        assertEquals(errorKey, PhoneNumbers.parseMobile(typed, FRANCE).errorKey());
    }

    @Test
    void readsTheCountrySettingLeniently() {
        assertEquals(Set.of(33, 262, 1), PhoneNumbers.countryCodes(" 33, +262,1, x, "));
    }

    @Test
    void showsStoredNumbersAsPeopleReadThem() {
        assertEquals("+33 6 12 34 56 78", PhoneNumbers.shown("+33612345678"));
        assertEquals("+262 692 12 34 56", PhoneNumbers.shown("+262692123456"));
        assertEquals("+33 3 87 65 43 21", PhoneNumbers.shown("+33387654321"));
        assertNull(PhoneNumbers.shown(null));
        assertEquals("not a number", PhoneNumbers.shown("not a number"));
    }
}
