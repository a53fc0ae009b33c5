package fr.cibtp.espace.delegation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cibtp.espace.delegation.Refusal;
import fr.cibtp.espace.delegation.RefusalCode;
import org.junit.jupiter.api.Test;

class DelegationInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void theApisBodyIsReadWithItsFrenchFieldNames() {
        DelegationInput input = DelegationInput.fromJson(Map.of("email", " Claire@Example.org ", "date_fin", "31/12/2027",
                "colleges", List.of("etam"), "droits", Map.of("planning", "consultation"), "admin", true));
        assertEquals("claire@example.org", input.checkedEmail());
        assertEquals(TODAY, input.request(TODAY).effet(), "the date of effect defaults to today");
        assertEquals(LocalDate.of(2027, 12, 31), input.request(TODAY).fin(), "French dates as well as ISO ones");
        assertEquals(Set.of("etam"), input.request(TODAY).colleges());
        assertEquals(Map.of("planning", "consultation"), input.request(TODAY).modes());
        assertEquals(true, input.request(TODAY).admin());
    }

    @Test
    void eachWrongShapeIsRefusedWithItsCodeAndField() {
        assertRefused(RefusalCode.COLLEGES_LISTE, "colleges", () -> DelegationInput.fromJson(Map.of("colleges", "etam")));
        assertRefused(RefusalCode.DROITS_OBJET, "droits", () -> DelegationInput.fromJson(Map.of("droits", List.of("planning"))));
        assertRefused(RefusalCode.DATE_INVALIDE, "date_fin", () -> DelegationInput.fromJson(Map.of("date_fin", "30/02/2027")).request(TODAY));
        assertRefused(RefusalCode.EMAIL_INVALIDE, "email", () -> DelegationInput.fromJson(Map.of("email", "claire")).checkedEmail());
        assertRefused(RefusalCode.EMAIL_INVALIDE, "email", () -> DelegationInput.fromJson(Map.of()).checkedEmail());
        assertRefused(RefusalCode.NOM_INVALIDE, "nom", () -> DelegationInput.fromJson(Map.of("nom", "<b>")).checkNames());
    }

    private static void assertRefused(RefusalCode code, String field, Runnable reading) {
        Refusal refusal = assertThrows(Refusal.class, reading::run);
        assertEquals(code, refusal.code());
        assertEquals(field, refusal.field());
        assertEquals(Refusal.Kind.INVALID, refusal.kind());
    }
}
