package fr.cibtp.espace.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SirenTest {

    @Test
    void acceptsValidSirensWithOrWithoutSpaces() {
        assertEquals("324838994", Siren.parse("324838994").value());
        assertEquals("880205851", Siren.parse("880 205 851").value());
        assertEquals("356000000", Siren.parse("356000000").value());
    }

    @ParameterizedTest
    @CsvSource(value = {
            "NULL,cibtpSirenRequired",
            "'',cibtpSirenRequired",
            "32483899A,cibtpSirenNotDigits",
            "32483899,cibtpSirenLength",
            "3248389940,cibtpSirenLength",
            "324838995,cibtpSirenChecksum"
    }, nullValues = "NULL")
    void explainsWhatIsWrong(String typed, String errorKey) {
        assertEquals(errorKey, Siren.parse(typed).errorKey());
    }
}
