package fr.cibtp.espace.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DepartementTest {

    @Test
    void metropolitanPostcodesGiveTheirFirstTwoDigits() {
        assertEquals("57", Departement.ofPostcode("57000"));
        assertEquals("01", Departement.ofPostcode("01000"));
        assertEquals("67", Departement.ofPostcode(" 67100 "));
        assertEquals("95", Departement.ofPostcode("950"));
    }

    @Test
    void corsicaSplitsAtTwentyTwoHundred() {
        assertEquals("2A", Departement.ofPostcode("20000"));
        assertEquals("2A", Departement.ofPostcode("20167"));
        assertEquals("2B", Departement.ofPostcode("20200"));
        assertEquals("2B", Departement.ofPostcode("20600"));
    }

    @Test
    void overseasKeepThreeDigits() {
        assertEquals("974", Departement.ofPostcode("97400"));
        assertEquals("971", Departement.ofPostcode("97133"));
        assertEquals("988", Departement.ofPostcode("98800"));
    }

    @Test
    void noUsablePostcodeIsUnknown() {
        assertEquals(Departement.UNKNOWN, Departement.ofPostcode(null));
        assertEquals(Departement.UNKNOWN, Departement.ofPostcode(""));
        assertEquals(Departement.UNKNOWN, Departement.ofPostcode("57"));
        assertEquals(Departement.UNKNOWN, Departement.ofPostcode("L-1234"));
        assertEquals(Departement.UNKNOWN, Departement.ofPostcode("00100"));
    }

    @Test
    void parsesWhatTheBackOfficeTypes() {
        assertEquals(Optional.of("57"), Departement.parse("57"));
        assertEquals(Optional.of("2A"), Departement.parse("2a"));
        assertEquals(Optional.of("974"), Departement.parse(" 974"));
        assertEquals(Optional.empty(), Departement.parse("20"));
        assertEquals(Optional.empty(), Departement.parse("96"));
        assertEquals(Optional.empty(), Departement.parse("57000"));
        assertEquals(Optional.empty(), Departement.parse("57%"));
        assertEquals(Optional.empty(), Departement.parse(null));
    }
}
