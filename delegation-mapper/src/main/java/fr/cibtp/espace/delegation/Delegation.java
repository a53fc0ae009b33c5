package fr.cibtp.espace.delegation;

import java.time.LocalDate;
import java.util.List;

/** A delegation as the rules see it: its own rights and period, and the chain it comes from (root first). */
public record Delegation(Rights rights, Period period, boolean closed) {

    /**
     * Effective rights on a day of a delegation reached through {@code chain} (the site holder's grant first, this
     * delegation last): each link narrows the next, and an expired, future or closed link anywhere gives nothing.
     */
    public static Rights effective(List<Delegation> chain, LocalDate day) {
        Rights rights = null;
        for (Delegation link : chain) {
            if (link.closed || !link.period.activeOn(day)) {
                return Rights.none();
            }
            rights = rights == null ? link.rights : rights.intersect(link.rights);
        }
        return rights == null ? Rights.none() : rights;
    }

    /** A user's rights on a site: the union of the effective rights of every chain reaching them. */
    public static Rights onSite(List<List<Delegation>> chains, LocalDate day) {
        Rights all = Rights.none();
        for (List<Delegation> chain : chains) {
            all = all.union(effective(chain, day));
        }
        return all;
    }
}
