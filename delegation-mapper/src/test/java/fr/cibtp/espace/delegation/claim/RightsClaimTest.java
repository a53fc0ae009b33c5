package fr.cibtp.espace.delegation.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fr.cibtp.espace.delegation.Mode;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class RightsClaimTest {

    private final RightsCatalogue catalogue = RightsCatalogue.shipped();

    /** The droits as a portal reads them from the token: the string "*" or an object, in the written order. */
    private Object droits(Rights rights) throws IOException {
        String json = JsonSerialization.mapper.writeValueAsString(RightsClaim.of(rights, catalogue));
        return JsonSerialization.mapper.readValue(json, Object.class);
    }

    @Test
    void everyRightIsWrittenAsAStar() throws IOException {
        assertEquals("*", droits(Rights.administrator(catalogue)));
        assertEquals(1, RightsClaim.ALL.length());
    }

    @Test
    void theStarDependsOnTheRightsNotOnAdminNorOnTheColleges() throws IOException {
        Rights everyFeatureOneCollege = new Rights(Set.of("ouvrier"), Rights.administrator(catalogue).modes(), false);
        assertEquals("*", droits(everyFeatureOneCollege));
    }

    @Test
    void oneFeatureBelowItsHighestModeListsTheFeatures() throws IOException {
        Map<String, Mode> modes = new LinkedHashMap<>(Rights.administrator(catalogue).modes());
        modes.put("comptes-bancaires", Mode.CONSULTATION);
        Object droits = droits(new Rights(Set.of("ouvrier", "etam", "cadre"), modes, true));
        assertTrue(droits instanceof Map<?, ?>, String.valueOf(droits));
        assertEquals(17, ((Map<?, ?>) droits).size());
        assertEquals("consultation", ((Map<?, ?>) droits).get("comptes-bancaires"));
        assertEquals("mise_a_jour", ((Map<?, ?>) droits).get("telepaiements"));
        assertEquals("consultation", ((Map<?, ?>) droits).get("situation-compte"));
    }

    @Test
    void oneFeatureMissingListsOnlyTheOthers() throws IOException {
        Map<String, Mode> modes = new LinkedHashMap<>(Rights.administrator(catalogue).modes());
        modes.remove("documents");
        Object droits = droits(new Rights(Set.of("cadre"), modes, false));
        assertEquals(16, ((Map<?, ?>) droits).size());
        assertTrue(!((Map<?, ?>) droits).containsKey("documents"));
    }

    @Test
    void aFewRightsAreListedInTheCataloguesOrder() throws IOException {
        Rights few = new Rights(Set.of("etam"), Map.of("planning", Mode.CONSULTATION, "informations-adherent", Mode.MISE_A_JOUR), false);
        assertEquals(Map.of("informations-adherent", "mise_a_jour", "planning", "consultation"), droits(few));
        assertEquals("informations-adherent", ((Map<?, ?>) droits(few)).keySet().iterator().next());
    }

    @Test
    void readingTheStarAsDocumentedGivesEveryFeatureItsHighestMode() throws IOException {
        Object droits = droits(Rights.administrator(catalogue));
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
