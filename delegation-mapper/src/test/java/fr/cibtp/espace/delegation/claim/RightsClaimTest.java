package fr.cibtp.espace.delegation.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fr.cibtp.espace.delegation.Mode;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;
import org.junit.jupiter.api.Test;

class RightsClaimTest {

    private final RightsCatalogue catalogue = RightsCatalogue.shipped();

    @Test
    void everyRightIsWrittenAsAStar() {
        assertEquals("*", RightsClaim.of(Rights.administrator(catalogue), catalogue));
        assertEquals(1, RightsClaim.ALL.length());
    }

    @Test
    void theStarDependsOnTheRightsNotOnAdminNorOnTheColleges() {
        Rights everyFeatureOneCollege = new Rights(Set.of("ouvrier"), Rights.administrator(catalogue).modes(), false);
        assertEquals("*", RightsClaim.of(everyFeatureOneCollege, catalogue));
    }

    @Test
    void oneFeatureBelowItsHighestModeListsTheFeatures() {
        Map<String, Mode> modes = new LinkedHashMap<>(Rights.administrator(catalogue).modes());
        modes.put("comptes-bancaires", Mode.CONSULTATION);
        Object droits = RightsClaim.of(new Rights(Set.of("ouvrier", "etam", "cadre"), modes, true), catalogue);
        assertTrue(droits instanceof Map<?, ?>, String.valueOf(droits));
        assertEquals(17, ((Map<?, ?>) droits).size());
        assertEquals("consultation", ((Map<?, ?>) droits).get("comptes-bancaires"));
        assertEquals("mise_a_jour", ((Map<?, ?>) droits).get("telepaiements"));
        assertEquals("consultation", ((Map<?, ?>) droits).get("situation-compte"));
    }

    @Test
    void oneFeatureMissingListsOnlyTheOthers() {
        Map<String, Mode> modes = new LinkedHashMap<>(Rights.administrator(catalogue).modes());
        modes.remove("documents");
        Object droits = RightsClaim.of(new Rights(Set.of("cadre"), modes, false), catalogue);
        assertEquals(16, ((Map<?, ?>) droits).size());
        assertTrue(!((Map<?, ?>) droits).containsKey("documents"));
    }

    @Test
    void aFewRightsAreListedInTheCataloguesOrder() {
        Rights few = new Rights(Set.of("etam"), Map.of("planning", Mode.CONSULTATION, "informations-adherent", Mode.MISE_A_JOUR), false);
        assertEquals(Map.of("informations-adherent", "mise_a_jour", "planning", "consultation"), RightsClaim.of(few, catalogue));
        assertEquals("informations-adherent", ((Map<?, ?>) RightsClaim.of(few, catalogue)).keySet().iterator().next());
    }

    @Test
    void readingTheStarAsDocumentedGivesEveryFeatureItsHighestMode() {
        Object droits = RightsClaim.of(Rights.administrator(catalogue), catalogue);
        catalogue.features().forEach((key, feature) -> assertEquals(
                Rights.administrator(catalogue).mode(key).key(), read(droits, key)));
        assertEquals("consultation", read(droits, "situation-compte"), "a consultation-only feature stays consultation");
        assertEquals("mise_a_jour", read(droits, "comptes-bancaires"));
    }

    /** The portal's rule of docs/cibtp-claim.md. */
    private String read(Object droits, String feature) {
        if (RightsClaim.ALL.equals(droits)) {
            return catalogue.features().get(feature).highestMode().key();
        }
        return droits instanceof Map<?, ?> modes && modes.get(feature) instanceof String mode ? mode : "aucun";
    }
}
