package fr.cibtp.espace.delegation.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.cibtp.espace.delegation.Delegation;
import fr.cibtp.espace.delegation.Period;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.claim.DelegatedRights;
import fr.cibtp.espace.delegation.store.StoredDelegation;

/**
 * What a grantor is on a site when delegating: the holder (all rights, open-ended), or a delegate whose effective
 * rights, period (every link of its chain's, intersected) and own delegation (the parent of what they give) come from
 * their chain. An administrator of the site's cabinet comptable may sub-delegate what the cabinet got, to its own
 * collaborators only ({@code viaCabinet}). {@code own}: the caller's own delegations on the site, whose branches
 * (what was made from them) are the only delegations a delegate may change; empty for the holder, who changes all.
 */
record SiteStanding(Rights rights, Period period, String parentId, String viaCabinet, boolean holder, Set<String> own) {

    static SiteStanding holder(RightsCatalogue catalogue) {
        return new SiteStanding(Rights.administrator(catalogue), new Period(LocalDate.MIN, null), null, null, true, Set.of());
    }

    static SiteStanding delegate(String userId, List<StoredDelegation> chains, LocalDate today) {
        DelegatedRights rights = DelegatedRights.of(userId, chains, today);
        Map<String, StoredDelegation> byId = new HashMap<>();
        chains.forEach(d -> byId.put(d.id(), d));
        StoredDelegation own = chains.stream()
                .filter(d -> d.granteeId().equals(userId) && (d.admin() || cabinetRoot(d, byId)) && !d.closed()
                        && new Period(d.effet(), d.fin()).activeOn(today))
                .findFirst().orElse(null);
        if (own == null || rights.rights().isEmpty()) {
            return new SiteStanding(Rights.none(), new Period(today, today), null, null, false, Set.of());
        }
        Rights held = rights.rights();
        Set<String> owned = chains.stream().filter(d -> d.granteeId().equals(userId) && !d.closed()).map(StoredDelegation::id)
                .collect(Collectors.toSet());
        return new SiteStanding(givable(held, own, byId), chainPeriod(own, byId), own.id(), own.viaCabinet(), false, owned);
    }

    /**
     * What may be given below {@code parent} (root first in {@code chain}, parent last): the rights and period of the
     * whole chain up to the holder; a delegation of the holder's own (no parent) answers the holder's.
     */
    static SiteStanding above(List<StoredDelegation> chain, RightsCatalogue catalogue, LocalDate today) {
        if (chain.isEmpty()) {
            return holder(catalogue);
        }
        Map<String, StoredDelegation> byId = new HashMap<>();
        chain.forEach(d -> byId.put(d.id(), d));
        StoredDelegation parent = chain.get(chain.size() - 1);
        Rights effective = Delegation.effective(chain.stream().map(DelegatedRights::rule).toList(), today);
        return new SiteStanding(givable(effective, parent, byId), chainPeriod(parent, byId), parent.id(), parent.viaCabinet(), false,
                Set.of());
    }

    /** The adhérent's delegation to its cabinet lets the cabinet's administrators pass on what it gives. */
    private static Rights givable(Rights held, StoredDelegation own, Map<String, StoredDelegation> byId) {
        return cabinetRoot(own, byId) && !held.isEmpty() ? new Rights(held.colleges(), held.modes(), true) : held;
    }

    /** The days every link from the holder down to {@code last} covers. */
    private static Period chainPeriod(StoredDelegation last, Map<String, StoredDelegation> byId) {
        Period period = new Period(last.effet(), last.fin());
        StoredDelegation link = last.parentId() == null ? null : byId.get(last.parentId());
        for (int depth = 0; link != null && depth < StoredDelegation.MAX_CHAIN_DEPTH; depth++) {
            period = period.intersect(new Period(link.effet(), link.fin()));
            link = link.parentId() == null ? null : byId.get(link.parentId());
        }
        return period;
    }

    /** The adhérent's delegation to its cabinet: its parent, if any, is an adhérent-side delegation. */
    private static boolean cabinetRoot(StoredDelegation d, Map<String, StoredDelegation> byId) {
        StoredDelegation parent = d.parentId() == null ? null : byId.get(d.parentId());
        return d.viaCabinet() != null && (d.parentId() == null || (parent != null && parent.viaCabinet() == null));
    }
}
