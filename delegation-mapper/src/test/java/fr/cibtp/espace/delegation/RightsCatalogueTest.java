package fr.cibtp.espace.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RightsCatalogueTest {

    private final RightsCatalogue catalogue = RightsCatalogue.shipped();

    @Test
    void listsTheSeventeenFeaturesInFiveGroups() {
        assertEquals(17, catalogue.features().size());
        assertEquals(5, catalogue.groups().size());
        assertEquals("informations-adherent", catalogue.features().keySet().iterator().next());
    }

    @Test
    void hasTheThreeColleges() {
        assertEquals(List.of("ouvrier", "etam", "cadre"), catalogue.colleges().stream().map(RightsCatalogue.College::key).toList());
        assertTrue(catalogue.isCollege("etam"));
        assertFalse(catalogue.isCollege("apprenti"));
    }

    @Test
    void knowsWhichModesEachFeatureAllows() {
        RightsCatalogue.Feature situation = catalogue.feature("situation-compte").orElseThrow();
        assertEquals(Set.of(Mode.CONSULTATION), situation.allowedModes());
        assertEquals(Mode.CONSULTATION, situation.highestMode());
        RightsCatalogue.Feature banque = catalogue.feature("comptes-bancaires").orElseThrow();
        assertEquals(Set.of(Mode.CONSULTATION, Mode.MISE_A_JOUR), banque.allowedModes());
        assertEquals(Mode.MISE_A_JOUR, banque.highestMode());
        assertTrue(catalogue.feature("inconnue").isEmpty());
    }

    @Test
    void modesAreOrderedFromNothingToUpdate() {
        assertTrue(Mode.AUCUN.atMost(Mode.CONSULTATION));
        assertTrue(Mode.CONSULTATION.atMost(Mode.MISE_A_JOUR));
        assertFalse(Mode.MISE_A_JOUR.atMost(Mode.CONSULTATION));
        assertEquals(Mode.MISE_A_JOUR, Mode.fromKey("mise_a_jour"));
        assertThrows(IllegalArgumentException.class, () -> Mode.fromKey("lecture"));
    }
}
