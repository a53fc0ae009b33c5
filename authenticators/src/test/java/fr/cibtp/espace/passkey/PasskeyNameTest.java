package fr.cibtp.espace.passkey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PasskeyNameTest {

    @Test
    void aTypedNameIsKeptWithItsSpacesCollapsed() {
        assertEquals("Téléphone de chantier", PasskeyName.of("  Téléphone \t de\nchantier "));
    }

    @Test
    void noNameMakesTheDefaultOne() {
        assertEquals("Clé d'accès", PasskeyName.of(null));
        assertEquals("Clé d'accès", PasskeyName.of(" \u0007 "));
    }

    @Test
    void aLongNameIsCutAtSixtyCharactersNotInsideAnEmoji() {
        String typed = "é".repeat(59) + "\uD83D\uDCF1" + "xyz";
        String kept = PasskeyName.of(typed);
        assertEquals(60, kept.codePointCount(0, kept.length()));
        assertEquals("é".repeat(59) + "\uD83D\uDCF1", kept);
    }
}
