package fr.cibtp.espace.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class IdentificationFormTest {

    @Test
    void entrepriseNeedsAllThreeFields() {
        IdentificationForm form = IdentificationForm.entreprise(" ", null, "");
        assertEquals(Map.of("identifiant", "cibtpIdentifierRequired", "siret", "cibtpSiretRequired", "code", "cibtpCodeRequired"),
                form.errors());
        assertEquals("[identifiant, siret, code]", form.errors().keySet().toString(), "in the order of the page");
    }

    @Test
    void typedAsPeopleDoIsAccepted() {
        IdentificationForm form = IdentificationForm.entreprise("29209 001 12", "324 838 994 99750", "m3r8 w6zc-4nya");
        assertTrue(form.isValid(), form.errors().toString());
        assertEquals("29209-001-12", form.identifiant());
        assertEquals("32483899499750", form.siret());
    }

    @Test
    void eachFormatErrorIsNamedOnItsField() {
        assertEquals(Map.of("siret", "cibtpSiretNotDigits"), IdentificationForm.entreprise("2920900112", "3248389949975A", "M3R8W6ZC4NYA").errors());
        assertEquals(Map.of("siret", "cibtpSiretLength"), IdentificationForm.entreprise("2920900112", "3248389949975", "M3R8W6ZC4NYA").errors());
        assertEquals(Map.of("siret", "cibtpSiretChecksum"), IdentificationForm.entreprise("2920900112", "32483899499751", "M3R8W6ZC4NYA").errors());
        assertEquals(Map.of("identifiant", "cibtpIdentifierFormat", "code", "cibtpCodeFormat"),
                IdentificationForm.entreprise("<b>x</b>", "32483899499750", "9".repeat(5000)).errors());
    }

    @Test
    void aSalarieHasNoSiret() {
        IdentificationForm form = IdentificationForm.salarie("1000457821", "C8NX-4RDH-7TJW");
        assertTrue(form.isValid());
        assertEquals(null, form.siret());
        assertEquals(Map.of("identifiant", "cibtpSalarieIdentifierFormat"), IdentificationForm.salarie("ab", "C8NX-4RDH-7TJW").errors());
    }
}
