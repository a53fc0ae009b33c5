package fr.cibtp.espace.delegation.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A delegation as stored: who gives (grantor) whom (grantee) which rights on which site, for which period, and the
 * delegation it is made from (parent; none for the site holder's own). {@code viaCabinet} names the cabinet
 * comptable the rights go through, for a cabinet's delegation and its sub-delegations. Rights are kept as keys
 * (collèges, feature to mode) so this module needs no rules; the delegation module reads them.
 */
public record StoredDelegation(String id, String site, String granteeId, String grantorId, String parentId, String viaCabinet,
                               boolean admin, Set<String> colleges, Map<String, String> modes, LocalDate effet,
                               LocalDate fin, Long closedAt) {

    /** Chains longer than this are refused as corrupted: holder, admin delegate, cabinet, collaborator is the deepest real one. */
    public static final int MAX_CHAIN_DEPTH = 10;

    public boolean closed() {
        return closedAt != null;
    }
}
