package fr.cibtp.espace.delegation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cibtp.espace.refusal.Refusal;
import fr.cibtp.espace.refusal.RefusalCode;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class DelegationInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void theApisBodyIsReadWithItsFrenchFieldNames() {
        DelegationInput input = fromJson(Map.of("email", " Claire@Example.org ", "date_fin", "31/12/2027",
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
        assertRefused(RefusalCode.COLLEGES_LISTE, "colleges", () -> fromJson(Map.of("colleges", "etam")));
        assertRefused(RefusalCode.DROITS_OBJET, "droits", () -> fromJson(Map.of("droits", List.of("planning"))));
        assertRefused(RefusalCode.DATE_INVALIDE, "date_fin", () -> fromJson(Map.of("date_fin", "30/02/2027")).request(TODAY));
        assertRefused(RefusalCode.EMAIL_INVALIDE, "email", () -> fromJson(Map.of("email", "claire")).checkedEmail());
        assertRefused(RefusalCode.EMAIL_INVALIDE, "email", () -> fromJson(Map.of()).checkedEmail());
        assertRefused(RefusalCode.NOM_INVALIDE, "nom", () -> fromJson(Map.of("nom", "<b>")).checkNames());
    }

    private static void assertRefused(RefusalCode code, String field, Runnable reading) {
        Refusal refusal = assertThrows(Refusal.class, reading::run);
        assertEquals(code, refusal.code());
        assertEquals(field, refusal.field());
        assertEquals(Refusal.Kind.INVALID, refusal.kind());
    }

    /** The body as the API reads it: the map sent as JSON, read into the API's record. */
    private static DelegationInput fromJson(Map<String, ?> sent) {
        try {
            String json = JsonSerialization.mapper.writeValueAsString(sent);
            return DelegationInput.fromJson(JsonSerialization.mapper.readValue(json, DelegationBody.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
