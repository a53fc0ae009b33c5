package fr.cibtp.espace.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {"32483899499750", "32483899466007", "88020585111134", "32543725956917"})
    void acceptsTheRegistrySampleSirets(String siret) {
        assertEquals(siret, Siret.parse(siret).value());
    }

    @Test
    void ignoresSpacesTypedBetweenGroups() {
        assertEquals("32483899499750", Siret.parse(" 324 838 994 99750 ").value());
        assertEquals("32483899499750", Siret.parse("324\u00a0838\u00a0994\u00a099750").value());
    }

    @ParameterizedTest
    @CsvSource(value = {
            "NULL,cibtpSiretRequired",
            "'   ',cibtpSiretRequired",
            "3248389949975A,cibtpSiretNotDigits",
            "324-838-994-99750,cibtpSiretNotDigits",
            "3248389949975,cibtpSiretLength",
            "324838994997500,cibtpSiretLength",
            "32483899499751,cibtpSiretChecksum",
            "23483899499750,cibtpSiretChecksum"
    }, nullValues = "NULL")
    void explainsWhatIsWrong(String typed, String errorKey) {
        Parsed parsed = Siret.parse(typed);
        assertFalse(parsed.isValid());
        assertEquals(errorKey, parsed.errorKey());
    }

    @Test
    void laPosteEstablishmentsUseTheSumOfDigitsModuloFive() {
        // 35600000049837: digit sum 45, a multiple of 5, but it fails Luhn.
        assertTrue(Siret.parse("35600000049837").isValid());
        assertFalse(Luhn.isValid("35600000049837"));
        // Luhn-valid but digit sum not a multiple of 5: refused for La Poste.
        assertEquals("cibtpSiretChecksum", Siret.parse("35600000000030").errorKey());
    }

    @Test
    void theLaPosteRuleAppliesToLaPosteOnly() {
        // Digit sum 80, a multiple of 5, but Luhn fails and the SIREN is not La Poste's.
        assertEquals("cibtpSiretChecksum", Siret.parse("32483899499705").errorKey());
    }

    @Test
    void aSiteBelongsToTheAdherentWhoseSirenStartsItsSiret() {
        assertTrue(Siret.belongsTo("32483899499750", "324838994"));
        assertFalse(Siret.belongsTo("88020585111134", "324838994"));
        assertFalse(Siret.belongsTo(null, "324838994"));
    }
}
