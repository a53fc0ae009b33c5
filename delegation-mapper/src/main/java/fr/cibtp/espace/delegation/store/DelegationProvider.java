package fr.cibtp.espace.delegation.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/** The stored delegations; obtain it with {@code session.getProvider(DelegationProvider.class)}. */
public interface DelegationProvider extends Provider {

    /** Stores a new delegation; its id is generated. */
    StoredDelegation add(RealmModel realm, StoredDelegation delegation);

    /**
     * The user's delegations on a site, not closed, and every delegation they are made from: what the rights of the
     * user there are computed from. Indexed on (realm, grantee, site); the ancestors are a handful of lookups by id.
     */
    List<StoredDelegation> chainsFor(RealmModel realm, String userId, String site);

    /** A delegation by id, within the realm. */
    Optional<StoredDelegation> find(RealmModel realm, String id);

    /**
     * A site's delegations matching the filter, one page at a time; with a cabinet in the filter, only what that
     * cabinet's administrators gave (not the adhérent's delegation to the cabinet).
     */
    List<StoredDelegation> ofSite(RealmModel realm, String site, DelegationFilter filter, int first, int max);

    long countOfSite(RealmModel realm, String site, DelegationFilter filter);

    /** The adhérent's open delegations of a site to its cabinet: one per administrator of the cabinet. */
    List<StoredDelegation> toCabinet(RealmModel realm, String site, String cabinet);

    /** Changes an open delegation's rights and period (never its grantee, site or chain); false if unknown or closed. */
    boolean update(RealmModel realm, StoredDelegation changed);

    /** The grantees of every delegation made, directly or not, from that one: those its closing affects. */
    Set<String> descendantGrantees(RealmModel realm, String id);

    /** Open delegations whose end date is {@code day}: those to remind of their end. */
    List<StoredDelegation> endingOn(RealmModel realm, LocalDate day);

    /** Open delegations whose end date is before {@code day}: those the daily job closes. */
    List<StoredDelegation> endedBefore(RealmModel realm, LocalDate day);

    /**
     * Deletes what a removed account received and every delegation made from it (their foreign key cascades), and
     * takes the site away from the chooser of whoever no longer reaches it.
     */
    void forgetGrantee(RealmModel realm, String userId);

    /**
     * A site's open delegations made from no other, by that grantor (a holder) or, with a null grantor, by anyone:
     * what hangs directly from the site's holding.
     */
    List<StoredDelegation> openRootsOfSite(RealmModel realm, String site, String grantorId);

    /** The adhérents' open delegations to a cabinet that an account received as one of its administrators. */
    List<StoredDelegation> openToCabinetAdministrator(RealmModel realm, String cabinet, String userId);

    /** Closes the delegation and every open one made from it, directly or not; answers those it closed. */
    List<StoredDelegation> closeBranch(RealmModel realm, String id);

    /** Closes a delegation (the ones made from it give nothing from then on); false if unknown or already closed. */
    boolean close(RealmModel realm, String id);
}
