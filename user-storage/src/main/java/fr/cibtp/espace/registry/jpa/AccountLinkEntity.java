package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import fr.cibtp.espace.registry.jpa.RegistrySchema.AccountLinkTable;

/**
 * "Account X holds précompte P": the account that enrolled a site, cabinet or salarié record; or, kind
 * {@link LinkKind#DELEGATED}, "account X reaches site S through a delegation", kept by the delegation store.
 */
@Entity(name = "CibtpAccountLink")
@Table(name = AccountLinkTable.TABLE)
@NamedQuery(name = AccountLinkEntity.SITES, query = "select l.identifiant" + AccountLinkEntity.LINKS + AccountLinkEntity.ORDER)
@NamedQuery(name = AccountLinkEntity.SITES_COUNT, query = "select count(l)" + AccountLinkEntity.LINKS)
@NamedQuery(name = AccountLinkEntity.SITES_MATCHING, query = "select l.identifiant, count(*) over ()" + AccountLinkEntity.LINKS
        + AccountLinkEntity.MATCHING + AccountLinkEntity.ORDER)
@NamedQuery(name = AccountLinkEntity.SITES_MATCHING_COUNT, query = "select count(l)" + AccountLinkEntity.LINKS
        + AccountLinkEntity.MATCHING)
@NamedQuery(name = AccountLinkEntity.SITES_ANY, query = "select l.identifiant" + AccountLinkEntity.LINKS)
@NamedQuery(name = AccountLinkEntity.LINK, query = "select l.id from CibtpAccountLink l where l.userId = :user and l.kind = :kind"
        + " and l.identifiant = :id")
@NamedQuery(name = AccountLinkEntity.UNLINK, query = "delete from CibtpAccountLink l where l.realmId = :realm and l.userId = :user"
        + " and l.kind = :kind and l.identifiant = :id")
@NamedQuery(name = AccountLinkEntity.HOLDERS, query = "select l.userId from CibtpAccountLink l where l.realmId = :realm"
        + " and l.kind = :kind and l.identifiant = :id order by l.createdAt")
@NamedQuery(name = AccountLinkEntity.OF_ACCOUNT, query = "select l from CibtpAccountLink l where l.realmId = :realm"
        + " and l.userId = :user order by l.createdAt")
@NamedQuery(name = AccountLinkEntity.FIRST_HELD, query = "select l.identifiant from CibtpAccountLink l where l.userId = :user"
        + " and l.kind = :kind and l.realmId = :realm order by l.createdAt")
@NamedQuery(name = AccountLinkEntity.REACHING, query = "select l.id from CibtpAccountLink l where l.userId = :user"
        + " and l.identifiant = :site and l.kind in :kinds")
@NamedQuery(name = AccountLinkEntity.REVOKE, query = "delete from CibtpAccountLink l where l.userId = :user and l.kind = :kind"
        + " and l.identifiant = :site")
@NamedQuery(name = AccountLinkEntity.HELD_BY_ACCOUNT, query = "select l.realmId, l.kind, l.identifiant from CibtpAccountLink l"
        + " where l.userId = :user and l.kind in :kinds")
@NamedQuery(name = AccountLinkEntity.DELETE_ACCOUNT, query = "delete from CibtpAccountLink l where l.userId = :user")
public class AccountLinkEntity {

    /**
     * The identifiants of the sites an account holds or reaches, in the site chooser's order: read in order from the
     * index on (user, realm, raison sociale, site name's natural order, identifiant), so a page costs the same for 3
     * sites or 10,000.
     */
    static final String SITES = "CibtpAccountLink.sites";
    static final String SITES_COUNT = "CibtpAccountLink.sitesCount";
    /**
     * A page of the sites a search finds, each row with how many it finds: a search reads all the account's links
     * once, where a second query for the total would read them again.
     */
    static final String SITES_MATCHING = "CibtpAccountLink.sitesMatching";
    static final String SITES_MATCHING_COUNT = "CibtpAccountLink.sitesMatchingCount";
    /** A few of the account's sites, unsorted: whether it has none, one or several, without reading them all. */
    static final String SITES_ANY = "CibtpAccountLink.sitesAny";
    /** The account's link to a précompte, if any. */
    static final String LINK = "CibtpAccountLink.link";
    static final String UNLINK = "CibtpAccountLink.unlink";
    static final String HOLDERS = "CibtpAccountLink.holders";
    static final String OF_ACCOUNT = "CibtpAccountLink.ofAccount";
    static final String FIRST_HELD = "CibtpAccountLink.firstHeld";
    /** The account's link to a site it holds or reaches through a delegation, if any. */
    static final String REACHING = "CibtpAccountLink.reaching";
    static final String REVOKE = "CibtpAccountLink.revoke";
    /** The précomptes an account holds, across realms, when the account goes. */
    static final String HELD_BY_ACCOUNT = "CibtpAccountLink.heldByAccount";
    static final String DELETE_ACCOUNT = "CibtpAccountLink.deleteAccount";
    static final String LINKS = " from CibtpAccountLink l where l.userId = :user and l.realmId = :realm"
            + " and l.kind in :kinds";
    static final String ORDER = " order by l.raisonSociale, l.siteSort, l.identifiant";
    static final String MATCHING = " and (l.siret like :q or l.identifiant like :q or lower(l.siteName) like :q"
            + " or lower(l.raisonSociale) like :q)";

    @Id
    @Column(name = AccountLinkTable.ID, length = 36)
    String id;

    @Column(name = AccountLinkTable.REALM_ID, length = 36, nullable = false)
    String realmId;

    @Column(name = AccountLinkTable.USER_ID, length = 36, nullable = false)
    String userId;

    /** A {@link LinkKind}'s stored value. */
    @Column(name = AccountLinkTable.KIND, length = 10, nullable = false)
    String kind;

    @Column(name = AccountLinkTable.IDENTIFIANT, length = 20, nullable = false)
    String identifiant;

    @Column(name = AccountLinkTable.CREATED_AT, nullable = false)
    long createdAt;

    /*
     * For links to a site: its adhérent's raison sociale, its name and SIRET, copied from the registry when the link
     * is made and whenever an import changes them (LinkedSiteLabels), for the chooser's order and search.
     */
    @Column(name = AccountLinkTable.RAISON_SOCIALE)
    String raisonSociale;

    @Column(name = AccountLinkTable.SITE_NAME)
    String siteName;

    /** The site name's natural order ({@link fr.cibtp.espace.registry.SiteOrder}): CHANTIER 2 before CHANTIER 10. */
    @Column(name = AccountLinkTable.SITE_SORT)
    String siteSort;

    @Column(name = AccountLinkTable.SIRET, length = 14)
    String siret;
}
