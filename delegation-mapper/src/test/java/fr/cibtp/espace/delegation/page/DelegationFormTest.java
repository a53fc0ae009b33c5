package fr.cibtp.espace.delegation.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.service.DelegationInput;
import org.junit.jupiter.api.Test;

class DelegationFormTest {

    private static final RightsCatalogue CATALOGUE = RightsCatalogue.shipped();

    @Test
    void aPostedFormBecomesTheServicesInput() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("email", "  claire@example.org ");
        form.add("nom", "");
        form.add("date_effet", "1/2/2027");
        form.add("date_fin", "2027-12-31");
        form.addAll("colleges", "ouvrier", "cadre");
        form.add("droit_planning", "consultation");
        form.add("droit_telepaiements", "aucun");
        form.add("droit_inconnue", "mise_a_jour");
        DelegationInput input = DelegationForm.input(form, CATALOGUE);
        assertEquals("claire@example.org", input.email());
        assertEquals(null, input.nom());
        assertEquals(LocalDate.of(2027, 2, 1), DelegationInput.day(input.dateEffet(), "date_effet"), "dates typed the French way are understood");
        assertEquals("01/02/2027", DelegationForm.typed(input).dateEffet(), "and shown again as the guide writes dates, jj/mm/aaaa");
        assertEquals("2027-12-31", input.dateFin());
        assertEquals("31/12/2027", DelegationForm.typed(input).dateFin(), "an ISO date too");
        assertEquals(false, input.admin());
        assertEquals(Set.of("ouvrier", "cadre"), input.colleges());
        assertEquals(List.of("ouvrier", "cadre"), DelegationForm.typed(input).colleges());
        assertEquals(Map.of("planning", "consultation"), input.droits(), "no right is no entry; only catalogue features are read");
    }

    @Test
    void anImpossibleDateIsShownAgainAsTyped() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("date_fin", "30/02/2027");
        form.add("admin", "on");
        DelegationInput input = DelegationForm.input(form, CATALOGUE);
        assertEquals("30/02/2027", DelegationForm.typed(input).dateFin());
        assertEquals(true, input.admin());
    }

    @Test
    void datesAreShownAsTheGuidesWriteThem() {
        assertEquals("01/02/2027", DelegationForm.shown(LocalDate.of(2027, 2, 1)));
        assertEquals("", DelegationForm.shown(null));
    }
}
