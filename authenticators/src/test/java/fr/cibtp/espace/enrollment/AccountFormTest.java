package fr.cibtp.espace.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccountFormTest {

    private static final Set<Integer> FRANCE = Set.of(33, 262, 590, 594, 596);

    private static Map<String, String> valid() {
        Map<String, String> typed = new HashMap<>();
        typed.put("email", " Sandrine.Lemoine@Exemple.fr ");
        typed.put("emailConfirm", "sandrine.lemoine@exemple.fr");
        typed.put("password", "Chantier-Metz-2026");
        typed.put("passwordConfirm", "Chantier-Metz-2026");
        typed.put("lastName", "LE MOINE-D’ARC");
        typed.put("firstName", "Élodie");
        return typed;
    }

    private static AccountForm form(Map<String, String> changes) {
        Map<String, String> typed = valid();
        typed.putAll(changes);
        return new AccountForm(typed, FRANCE);
    }

    @Test
    void aCompleteFormGivesTheAccount() {
        AccountForm form = form(Map.of("mobile", "06 12 34 56 78", "landline", "0387123456"));
        assertTrue(form.isValid(), form.errors().toString());
        assertEquals("sandrine.lemoine@exemple.fr", form.email());
        assertEquals("+33612345678", form.mobile());
        assertEquals("+33387123456", form.landline());
        assertEquals("Élodie", form.firstName());
    }

    @Test
    void phonesAreOptional() {
        AccountForm form = form(Map.of("mobile", "  "));
        assertTrue(form.isValid());
        assertNull(form.mobile());
        assertNull(form.landline());
    }

    @Test
    void requiredFieldsAndConfirmations() {
        Map<String, String> empty = new HashMap<>();
        assertEquals(Map.of("email", "cibtpEmailRequired", "password", "cibtpPasswordRequired", "lastName", "cibtpLastNameRequired",
                "firstName", "cibtpFirstNameRequired"), new AccountForm(empty, FRANCE).errors());
        assertEquals(Map.of("emailConfirm", "cibtpEmailConfirmMismatch", "passwordConfirm", "cibtpPasswordConfirmMismatch"),
                form(Map.of("emailConfirm", "autre@exemple.fr", "passwordConfirm", "autre")).errors());
    }

    @Test
    void markupAndOversizedValuesAreRefused() {
        String html = "<script>alert(1)</script>";
        AccountForm form = form(Map.of("lastName", html, "firstName", "A".repeat(101), "email", "x".repeat(5000) + "@exemple.fr",
                "password", "a".repeat(129), "mobile", html, "landline", "9".repeat(5000)));
        assertEquals(Map.of("email", "cibtpEmailFormat", "password", "cibtpPasswordTooLong", "lastName", "cibtpNameFormat",
                "firstName", "cibtpNameFormat", "landline", "cibtpPhoneFormat", "mobile", "cibtpPhoneFormat"), form.errors());
    }

    @Test
    void aLandlineIsNotAMobile() {
        assertEquals(Map.of("mobile", "cibtpPhoneNotMobile"), form(Map.of("mobile", "03 87 12 34 56")).errors());
        assertEquals(Map.of("mobile", "cibtpPhoneCountry"), form(Map.of("mobile", "+1 202 555 0143")).errors());
    }
}
