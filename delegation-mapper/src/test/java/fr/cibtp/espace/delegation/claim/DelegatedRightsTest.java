package fr.cibtp.espace.delegation.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cibtp.espace.delegation.Mode;
import fr.cibtp.espace.delegation.store.StoredDelegation;
import org.junit.jupiter.api.Test;

class DelegatedRightsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Set<String> ALL = Set.of("ouvrier", "etam", "cadre");

    private static StoredDelegation delegation(String id, String grantee, String parent, String via, Map<String, String> modes,
                                               LocalDate effet, LocalDate fin, Long closedAt) {
        return new StoredDelegation(id, "29209-001-12", grantee, "grantor", parent, via, false, ALL, modes, effet, fin, closedAt);
    }

    @Test
    void aDirectDelegationGivesItsRightsAsUtilisateur() {
        DelegatedRights rights = DelegatedRights.of("u", List.of(delegation("d1", "u", null, null,
                Map.of("situation-compte", "consultation", "planning", "consultation", "telepaiements", "consultation"),
                TODAY.minusDays(1), null, null)), TODAY);
        assertEquals(3, rights.rights().modes().size());
        assertEquals("utilisateur", rights.role());
        assertNull(rights.via());
    }

    @Test
    void aCabinetCollaboratorGetsAtMostWhatTheCabinetGot() {
        StoredDelegation toCabinet = delegation("c", "cabinet-admin", null, "90001-001-01",
                Map.of("situation-compte", "consultation", "telepaiements", "consultation"), TODAY.minusDays(10), null, null);
        StoredDelegation toCollaborator = delegation("s", "collaborateur", "c", "90001-001-01",
                Map.of("telepaiements", "mise_a_jour"), TODAY.minusDays(5), null, null);
        DelegatedRights rights = DelegatedRights.of("collaborateur", List.of(toCollaborator, toCabinet), TODAY);
        assertEquals(Map.of("telepaiements", Mode.CONSULTATION), rights.rights().modes(), "narrowed by the cabinet's");
        assertEquals("cabinet", rights.role());
        assertEquals("cabinet:90001-001-01", rights.via());
    }

    @Test
    void aClosedExpiredFutureOrMissingLinkGivesNothing() {
        StoredDelegation closedParent = delegation("c", "cabinet-admin", null, "90001-001-01", Map.of("planning", "consultation"),
                TODAY.minusDays(10), null, 1L);
        StoredDelegation child = delegation("s", "u", "c", "90001-001-01", Map.of("planning", "consultation"), TODAY.minusDays(5), null, null);
        assertTrue(DelegatedRights.of("u", List.of(child, closedParent), TODAY).rights().isEmpty(), "closed parent");
        assertTrue(DelegatedRights.of("u", List.of(child), TODAY).rights().isEmpty(), "missing parent");
        assertTrue(DelegatedRights.of("u", List.of(delegation("e", "u", null, null, Map.of("planning", "consultation"),
                TODAY.minusDays(10), TODAY.minusDays(1), null)), TODAY).rights().isEmpty(), "expired");
        assertTrue(DelegatedRights.of("u", List.of(delegation("f", "u", null, null, Map.of("planning", "consultation"),
                TODAY.plusDays(1), null, null)), TODAY).rights().isEmpty(), "future");
        assertNull(DelegatedRights.of("u", List.of(), TODAY).role());
    }

    @Test
    void severalChainsAddUp() {
        DelegatedRights rights = DelegatedRights.of("u", List.of(
                delegation("a", "u", null, null, Map.of("planning", "consultation"), TODAY, null, null),
                delegation("b", "u", null, null, Map.of("telepaiements", "mise_a_jour"), TODAY, TODAY, null)), TODAY);
        assertEquals(Map.of("planning", Mode.CONSULTATION, "telepaiements", Mode.MISE_A_JOUR), rights.rights().modes());
    }
}
