package fr.cibtp.espace.delegation.store.jpa;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/**
 * A delegation of rights on a site; its collèges and its feature → mode rights (the catalogue's keys) in child
 * tables. Fixed queries are named here; the filtered list of a site is {@link SiteDelegationQuery}.
 */
@Entity(name = "CibtpDelegation")
@Table(name = "CIBTP_DELEGATION")
@NamedQuery(name = DelegationEntity.OPEN_OF_GRANTEE, query = "select d from CibtpDelegation d where d.realmId = :realm "
        + "and d.granteeId = :user and d.site = :site and d.closedAt is null")
@NamedQuery(name = DelegationEntity.BY_IDS, query = "select d from CibtpDelegation d where d.realmId = :realm and d.id in :ids")
@NamedQuery(name = DelegationEntity.CHILDREN, query = "select d from CibtpDelegation d where d.realmId = :realm and d.parentId in :ids")
@NamedQuery(name = DelegationEntity.TO_CABINET, query = "select d from CibtpDelegation d where d.realmId = :realm and d.site = :site "
        + "and d.viaCabinet = :cabinet and " + DelegationEntity.CABINET_ROOT + " and d.closedAt is null order by d.createdAt")
@NamedQuery(name = DelegationEntity.OPEN_ENDING_ON, query = "select d from CibtpDelegation d where d.fin = :day and d.realmId = :realm "
        + "and d.closedAt is null")
@NamedQuery(name = DelegationEntity.OPEN_ENDED_BEFORE, query = "select d from CibtpDelegation d where d.fin < :day and d.realmId = :realm "
        + "and d.closedAt is null")
@NamedQuery(name = DelegationEntity.OTHER_OPEN_OF_GRANTEE, query = "select d.id from CibtpDelegation d where d.realmId = :realm "
        + "and d.granteeId = :user and d.site = :site and d.closedAt is null and d.id <> :id")
@NamedQuery(name = DelegationEntity.RECEIVED_BY, query = "select d from CibtpDelegation d where d.realmId = :realm and d.granteeId = :user")
@NamedQuery(name = DelegationEntity.DELETE_RECEIVED_BY, query = "delete from CibtpDelegation d where d.realmId = :realm and d.granteeId = :user")
@NamedQuery(name = DelegationEntity.OPEN_ROOTS_OF_SITE, query = "select d from CibtpDelegation d where d.realmId = :realm "
        + "and d.site = :site and d.parentId is null and d.closedAt is null")
@NamedQuery(name = DelegationEntity.OPEN_ROOTS_OF_SITE_BY, query = "select d from CibtpDelegation d where d.realmId = :realm "
        + "and d.site = :site and d.parentId is null and d.closedAt is null and d.grantorId = :grantor")
@NamedQuery(name = DelegationEntity.OPEN_TO_CABINET_ADMINISTRATOR, query = "select d from CibtpDelegation d where d.realmId = :realm "
        + "and d.granteeId = :user and d.viaCabinet = :cabinet and " + DelegationEntity.CABINET_ROOT + " and d.closedAt is null")
public class DelegationEntity {

    static final String OPEN_OF_GRANTEE = "CibtpDelegation.openOfGrantee";
    static final String BY_IDS = "CibtpDelegation.byIds";
    static final String CHILDREN = "CibtpDelegation.children";
    static final String TO_CABINET = "CibtpDelegation.toCabinet";
    static final String OPEN_ENDING_ON = "CibtpDelegation.openEndingOn";
    static final String OPEN_ENDED_BEFORE = "CibtpDelegation.openEndedBefore";
    static final String OTHER_OPEN_OF_GRANTEE = "CibtpDelegation.otherOpenOfGrantee";
    static final String RECEIVED_BY = "CibtpDelegation.receivedBy";
    static final String DELETE_RECEIVED_BY = "CibtpDelegation.deleteReceivedBy";
    static final String OPEN_ROOTS_OF_SITE = "CibtpDelegation.openRootsOfSite";
    static final String OPEN_ROOTS_OF_SITE_BY = "CibtpDelegation.openRootsOfSiteBy";
    static final String OPEN_TO_CABINET_ADMINISTRATOR = "CibtpDelegation.openToCabinetAdministrator";

    /**
     * The adhérent's delegation to its cabinet: made by the holder (no parent) or by one of the adhérent's
     * administrators (whose own delegation is its parent); what the cabinet passes on has a cabinet delegation as parent.
     */
    static final String CABINET_ROOT = "(d.parentId is null or exists "
            + "(select p.id from CibtpDelegation p where p.id = d.parentId and p.viaCabinet is null))";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "SITE", length = 12, nullable = false)
    String site;

    @Column(name = "GRANTEE_ID", length = 36, nullable = false)
    String granteeId;

    @Column(name = "GRANTOR_ID", length = 36)
    String grantorId;

    @Column(name = "PARENT_ID", length = 36)
    String parentId;

    @Column(name = "VIA_CABINET", length = 12)
    String viaCabinet;

    @Column(name = "ADMIN", nullable = false)
    boolean admin;

    // A page of delegations loads the collèges and rights of all its rows in one query each.
    @ElementCollection
    @CollectionTable(name = "CIBTP_DELEGATION_COLLEGE", joinColumns = @JoinColumn(name = "DELEGATION_ID"))
    @Column(name = "COLLEGE", length = 16, nullable = false)
    @BatchSize(size = 100)
    Set<String> colleges = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "CIBTP_DELEGATION_RIGHT", joinColumns = @JoinColumn(name = "DELEGATION_ID"))
    @MapKeyColumn(name = "FEATURE", length = 64)
    @Column(name = "RIGHT_MODE", length = 16, nullable = false)
    @BatchSize(size = 100)
    Map<String, String> modes = new HashMap<>();

    @Column(name = "EFFET", nullable = false)
    LocalDate effet;

    @Column(name = "FIN")
    LocalDate fin;

    @Column(name = "CLOSED_AT")
    Long closedAt;

    @Column(name = "CREATED_AT", nullable = false)
    long createdAt;
}
