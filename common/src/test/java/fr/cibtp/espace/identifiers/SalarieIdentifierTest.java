package fr.cibtp.espace.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalarieIdentifierTest {

    @ParameterizedTest
    @CsvSource({
            "1000457821,1000457821",
            "' 1000457821 ',1000457821",
            "ab12cd,AB12CD",
            "A1B2C3D4E5F6G7H8I9J0,A1B2C3D4E5F6G7H8I9J0"
    })
    void acceptsSixToTwentyLettersOrDigits(String typed, String canonical) {
        assertEquals(canonical, SalarieIdentifier.parse(typed).value());
    }

    @ParameterizedTest
    @CsvSource(value = {
            "NULL,cibtpSalarieIdentifierRequired",
            "'',cibtpSalarieIdentifierRequired",
            "12345,cibtpSalarieIdentifierFormat",
            "A1B2C3D4E5F6G7H8I9J0K,cibtpSalarieIdentifierFormat",
            "1000-457821,cibtpSalarieIdentifierFormat",
            "DUBOIS-É1,cibtpSalarieIdentifierFormat"
    }, nullValues = "NULL")
    void refusesEverythingElse(String typed, String errorKey) {
        assertEquals(errorKey, SalarieIdentifier.parse(typed).errorKey());
    }
}
