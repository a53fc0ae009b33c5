package fr.cibtp.espace.delegation.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.delegation.Delegation;
import fr.cibtp.espace.delegation.Mode;
import fr.cibtp.espace.delegation.Period;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.store.StoredDelegation;

/**
 * What a user may do on a site through delegations: the union of the effective rights of every chain reaching
 * them (each link narrowing the next; a closed, expired or future link, or a missing one, gives nothing), the role
 * the token shows and, when the rights come through a cabinet comptable, which one.
 */
public record DelegatedRights(Rights rights, String role, String via) {

    public static DelegatedRights of(String userId, List<StoredDelegation> stored, LocalDate day) {
        Map<String, StoredDelegation> byId = new HashMap<>();
        stored.forEach(d -> byId.put(d.id(), d));
        Rights all = Rights.none();
        String via = null;
        for (StoredDelegation own : stored) {
            if (!own.granteeId().equals(userId)) {
                continue;
            }
            List<StoredDelegation> chain = chain(own, byId);
            Rights effective = chain == null ? Rights.none() : Delegation.effective(chain.stream().map(DelegatedRights::rule).toList(), day);
            if (!effective.isEmpty()) {
                all = all.union(effective);
                via = via != null ? via : chain.stream().map(StoredDelegation::viaCabinet).filter(v -> v != null).findFirst().orElse(null);
            }
        }
        if (all.isEmpty()) {
            return new DelegatedRights(all, null, null);
        }
        String role = via != null ? "cabinet" : all.admin() ? "administrateur" : "utilisateur";
        return new DelegatedRights(all, role, via == null ? null : "cabinet:" + via);
    }

    /** Root first; null when a link is missing or the chain loops. */
    private static List<StoredDelegation> chain(StoredDelegation last, Map<String, StoredDelegation> byId) {
        List<StoredDelegation> chain = new ArrayList<>();
        StoredDelegation link = last;
        while (link != null) {
            if (chain.size() == StoredDelegation.MAX_CHAIN_DEPTH) {
                return null;
            }
            chain.add(0, link);
            if (link.parentId() == null) {
                return chain;
            }
            link = byId.get(link.parentId());
        }
        return null;
    }

    /** A stored delegation as the rules read it. */
    public static Delegation rule(StoredDelegation stored) {
        Map<String, Mode> modes = new LinkedHashMap<>();
        stored.modes().forEach((feature, mode) -> modes.put(feature, Mode.fromKey(mode)));
        return new Delegation(new Rights(stored.colleges(), modes, stored.admin()), new Period(stored.effet(), stored.fin()), stored.closed());
    }
}
