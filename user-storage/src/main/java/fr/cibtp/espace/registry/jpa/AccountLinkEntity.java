package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * "Account X holds précompte P": the account that enrolled a site, cabinet or salarié record; or, kind
 * {@value #DELEGATED}, "account X reaches site S through a delegation", kept by the delegation store.
 */
@Entity(name = "CibtpAccountLink")
@Table(name = "CIBTP_ACCOUNT_LINK")
@NamedQuery(name = AccountLinkEntity.SITES, query = "select s, a" + AccountLinkEntity.TOTAL + AccountLinkEntity.SITES_FROM
        + " order by a.raisonSociale, s.name, s.identifiant")
@NamedQuery(name = AccountLinkEntity.SITES_COUNT, query = "select count(s)" + AccountLinkEntity.SITES_FROM)
@NamedQuery(name = AccountLinkEntity.SITES_MATCHING, query = "select s, a" + AccountLinkEntity.TOTAL + AccountLinkEntity.SITES_FROM
        + AccountLinkEntity.MATCHING + " order by a.raisonSociale, s.name, s.identifiant")
@NamedQuery(name = AccountLinkEntity.SITES_MATCHING_COUNT, query = "select count(s)" + AccountLinkEntity.SITES_FROM
        + AccountLinkEntity.MATCHING)
@NamedQuery(name = AccountLinkEntity.SITES_ANY, query = "select s.identifiant" + AccountLinkEntity.SITES_FROM)
public class AccountLinkEntity {

    static final String DELEGATED = "delegue";

    /** The sites an account holds or reaches, with their adhérent: the site chooser's pages. */
    static final String SITES = "CibtpAccountLink.sites";
    static final String SITES_COUNT = "CibtpAccountLink.sitesCount";
    static final String SITES_MATCHING = "CibtpAccountLink.sitesMatching";
    static final String SITES_MATCHING_COUNT = "CibtpAccountLink.sitesMatchingCount";
    /** A few of the account's sites, unsorted: whether it has none, one or several, without reading them all. */
    static final String SITES_ANY = "CibtpAccountLink.sitesAny";
    /**
     * How many rows match, on each row of a page: the page and its total in one pass over the account's sites, which
     * for an accounting firm's 10,000 sites is most of the page's cost.
     */
    static final String TOTAL = ", count(*) over ()";
    static final String SITES_FROM = " from CibtpAccountLink l, CibtpSite s, CibtpAdherent a where l.realmId = :realm"
            + " and l.userId = :user and l.kind in ('site', '" + DELEGATED + "') and s.realmId = l.realmId"
            + " and s.identifiant = l.identifiant and a.realmId = s.realmId and a.numero = s.adherentNumero";
    static final String MATCHING = " and (s.siret like :q or s.identifiant like :q or lower(s.name) like :q"
            + " or lower(a.raisonSociale) like :q)";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    String userId;

    @Column(name = "KIND", length = 10, nullable = false)
    String kind;

    @Column(name = "IDENTIFIANT", length = 20, nullable = false)
    String identifiant;

    @Column(name = "CREATED_AT", nullable = false)
    long createdAt;
}
