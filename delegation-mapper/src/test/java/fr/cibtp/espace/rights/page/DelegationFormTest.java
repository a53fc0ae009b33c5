package fr.cibtp.espace.rights.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.rights.RightsCatalogue;
import org.junit.jupiter.api.Test;

class DelegationFormTest {

    private static final RightsCatalogue CATALOGUE = RightsCatalogue.shipped();

    @Test
    void aPostedFormBecomesTheApisBody() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("email", "  claire@example.org ");
        form.add("nom", "");
        form.add("date_effet", "1/2/2027");
        form.add("date_fin", "2027-12-31");
        form.addAll("colleges", "ouvrier", "cadre");
        form.add("droit_planning", "consultation");
        form.add("droit_telepaiements", "aucun");
        form.add("droit_inconnue", "mise_a_jour");
        Map<String, Object> body = DelegationForm.body(form, CATALOGUE);
        assertEquals("claire@example.org", body.get("email"));
        assertEquals(null, body.get("nom"));
        assertEquals("2027-02-01", body.get("date_effet"), "dates typed the French way are understood");
        assertEquals("2027-12-31", body.get("date_fin"));
        assertEquals(false, body.get("admin"));
        assertEquals(List.of("ouvrier", "cadre"), body.get("colleges"));
        assertEquals(Map.of("planning", "consultation"), body.get("droits"), "no right is no entry; only catalogue features are read");
    }

    @Test
    void anImpossibleDateIsPassedOnAsTypedForTheRulesToRefuse() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("date_fin", "30/02/2027");
        form.add("admin", "on");
        Map<String, Object> body = DelegationForm.body(form, CATALOGUE);
        assertEquals("30/02/2027", body.get("date_fin"));
        assertEquals(true, body.get("admin"));
    }

    @Test
    void datesAreShownAsTheGuidesWriteThem() {
        assertEquals("01/02/2027", DelegationForm.shown("2027-02-01"));
        assertEquals("", DelegationForm.shown(null));
    }
}
