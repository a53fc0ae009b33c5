package fr.cibtp.espace.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CibtpIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"29209-001-12", "2920900112", "29209 001 12", " 29209-001-12 ", "29209.001.12", "29209 - 001 - 12"})
    void acceptsTheWaysPeopleTypeIt(String typed) {
        assertEquals("29209-001-12", CibtpIdentifier.parse(typed).value());
    }

    @ParameterizedTest
    @CsvSource(value = {
            "NULL,cibtpIdentifierRequired",
            "' ',cibtpIdentifierRequired",
            "29209-001-1,cibtpIdentifierFormat",
            "29209-001-123,cibtpIdentifierFormat",
            "2920A-001-12,cibtpIdentifierFormat",
            "29209_001_12,cibtpIdentifierFormat"
    }, nullValues = "NULL")
    void refusesWhatIsNotTenDigits(String typed, String errorKey) {
        assertEquals(errorKey, CibtpIdentifier.parse(typed).errorKey());
    }
}
