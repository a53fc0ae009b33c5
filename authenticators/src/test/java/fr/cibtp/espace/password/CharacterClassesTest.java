package fr.cibtp.espace.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterClassesTest {

    @ParameterizedTest
    @CsvSource({
            "abcdefgh,1",
            "ABCDEFGH,1",
            "12345678,1",
            "'!!!!    ',1",
            "Abcdefgh,2",
            "abcdefg1,2",
            "Abcdefg1,3",
            "abcdefg1!,3",
            "ABCDEFG1!,3",
            "Abcdefg1!,4",
            "éèàçùâêî,1",
            "Écoleété,2",
            "'mot de passe 1',3",
            "'',0"
    })
    void countsTheClassesUsed(String password, int classes) {
        assertEquals(classes, CharacterClasses.count(password));
    }
}
