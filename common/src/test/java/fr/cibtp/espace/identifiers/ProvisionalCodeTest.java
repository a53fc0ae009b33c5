package fr.cibtp.espace.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvisionalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"7K4P-2QXM-H9TD", "7k4p-2qxm-h9td", "7K4P2QXMH9TD", " 7K4P 2QXM H9TD ", "7k4p - 2qxm - h9td"})
    void isTypedCaseInsensitivelyWithAnyDashesOrSpaces(String typed) {
        assertEquals("7K4P2QXMH9TD", ProvisionalCode.parse(typed).value());
    }

    @ParameterizedTest
    @CsvSource(value = {
            "NULL,cibtpCodeRequired",
            "'  ',cibtpCodeRequired",
            "7K4P-2QXM-H9T,cibtpCodeFormat",
            "7K4P-2QXM-H9TDX,cibtpCodeFormat",
            "0K4P-2QXM-H9TD,cibtpCodeFormat",
            "IK4P-2QXM-H9TD,cibtpCodeFormat",
            "UK4P-2QXM-H9TD,cibtpCodeFormat"
    }, nullValues = "NULL")
    void refusesWhatCannotBeACode(String typed, String errorKey) {
        assertEquals(errorKey, ProvisionalCode.parse(typed).errorKey());
    }

    @Test
    void isDisplayedInThreeGroupsOfFour() {
        assertEquals("7K4P-2QXM-H9TD", ProvisionalCode.display("7K4P2QXMH9TD"));
    }

    @Test
    void generatedCodesAreValidAndDoNotRepeat() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = ProvisionalCode.generate(random);
            assertEquals(code, ProvisionalCode.parse(ProvisionalCode.display(code)).value());
            assertTrue(seen.add(code));
        }
    }

    @Test
    void theAlphabetHasThirtyUnambiguousCharacters() {
        assertEquals(30, ProvisionalCode.ALPHABET.length());
        for (char lookAlike : "01OILU".toCharArray()) {
            assertEquals(-1, ProvisionalCode.ALPHABET.indexOf(lookAlike));
        }
    }
}
