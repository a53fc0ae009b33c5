package fr.cibtp.espace.rights.api;

import java.time.LocalDate;
import java.util.List;

import fr.cibtp.espace.claim.DelegatedRights;
import fr.cibtp.espace.delegation.StoredDelegation;
import fr.cibtp.espace.rights.Period;
import fr.cibtp.espace.rights.Rights;
import fr.cibtp.espace.rights.RightsCatalogue;

/**
 * What the caller is on a site when delegating: the holder (all rights, open-ended), or a delegate whose effective
 * rights, period and own delegation (the parent of what they give) come from their chain.
 */
record SiteStanding(Rights rights, Period period, String parentId, String viaCabinet) {

    static SiteStanding holder(RightsCatalogue catalogue) {
        return new SiteStanding(Rights.administrator(catalogue), new Period(LocalDate.MIN, null), null, null);
    }

    static SiteStanding delegate(String userId, List<StoredDelegation> chains, LocalDate today) {
        DelegatedRights rights = DelegatedRights.of(userId, chains, today);
        StoredDelegation own = chains.stream()
                .filter(d -> d.granteeId().equals(userId) && d.admin() && !d.closed() && new Period(d.effet(), d.fin()).activeOn(today))
                .findFirst().orElse(null);
        if (own == null) {
            return new SiteStanding(Rights.none(), new Period(today, today), null, null);
        }
        return new SiteStanding(rights.rights(), new Period(own.effet(), own.fin()), own.id(), own.viaCabinet());
    }
}
