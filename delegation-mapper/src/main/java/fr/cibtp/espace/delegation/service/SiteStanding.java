package fr.cibtp.espace.delegation.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cibtp.espace.delegation.Period;
import fr.cibtp.espace.delegation.Rights;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.claim.DelegatedRights;
import fr.cibtp.espace.delegation.store.StoredDelegation;

/**
 * What the caller is on a site when delegating: the holder (all rights, open-ended), or a delegate whose effective
 * rights, period and own delegation (the parent of what they give) come from their chain. An administrator of the
 * site's cabinet comptable may sub-delegate what the cabinet got, to its own collaborators only ({@code viaCabinet}).
 */
record SiteStanding(Rights rights, Period period, String parentId, String viaCabinet) {

    static SiteStanding holder(RightsCatalogue catalogue) {
        return new SiteStanding(Rights.administrator(catalogue), new Period(LocalDate.MIN, null), null, null);
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
            return new SiteStanding(Rights.none(), new Period(today, today), null, null);
        }
        Rights held = rights.rights();
        // The adhérent's delegation to its cabinet lets the cabinet's administrators pass on what it gives.
        Rights canGive = cabinetRoot(own, byId) ? new Rights(held.colleges(), held.modes(), true) : held;
        return new SiteStanding(canGive, new Period(own.effet(), own.fin()), own.id(), own.viaCabinet());
    }

    /** The adhérent's delegation to its cabinet: its parent, if any, is an adhérent-side delegation. */
    private static boolean cabinetRoot(StoredDelegation d, Map<String, StoredDelegation> byId) {
        StoredDelegation parent = d.parentId() == null ? null : byId.get(d.parentId());
        return d.viaCabinet() != null && (d.parentId() == null || (parent != null && parent.viaCabinet() == null));
    }
}
