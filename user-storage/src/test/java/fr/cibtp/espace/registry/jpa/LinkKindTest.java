package fr.cibtp.espace.registry.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import fr.cibtp.espace.registry.PrecompteKind;
import org.junit.jupiter.api.Test;

class LinkKindTest {

    @Test
    void theStoredValuesAreTheDatabases() {
        assertEquals("site", LinkKind.SITE.stored());
        assertEquals("cabinet", LinkKind.CABINET.stored());
        assertEquals("salarie", LinkKind.SALARIE.stored());
        assertEquals("delegue", LinkKind.DELEGATED.stored());
    }

    @Test
    void aHoldingLinkIsStoredAsItsPrecomptesKind() {
        for (PrecompteKind kind : PrecompteKind.values()) {
            assertEquals(kind.key(), LinkKind.of(kind).stored());
            assertEquals(Optional.of(kind), LinkKind.of(kind).precompte());
        }
        assertEquals(LinkKind.HOLDING, List.of(PrecompteKind.values()).stream().map(LinkKind::of).toList());
    }

    @Test
    void aDelegationHoldsNoPrecompte() {
        assertTrue(LinkKind.DELEGATED.precompte().isEmpty());
        assertFalse(LinkKind.HOLDING.contains(LinkKind.DELEGATED));
    }

    @Test
    void storedValuesParseBack() {
        for (LinkKind kind : LinkKind.values()) {
            assertEquals(Optional.of(kind), LinkKind.fromStored(kind.stored()));
        }
        assertEquals(Optional.empty(), LinkKind.fromStored("SITE"));
        assertEquals(Optional.empty(), LinkKind.fromStored("delegated"));
        assertEquals(Optional.empty(), LinkKind.fromStored(null));
    }

    @Test
    void theLinksToASiteAreTheSitesAndTheDelegations() {
        assertEquals(List.of("site", "delegue"), LinkKind.stored(LinkKind.TO_A_SITE));
        assertEquals("('site', 'delegue')", LinkKind.sqlList(LinkKind.TO_A_SITE));
    }
}
