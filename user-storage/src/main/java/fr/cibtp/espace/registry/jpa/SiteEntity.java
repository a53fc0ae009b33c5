package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import fr.cibtp.espace.registry.jpa.RegistrySchema.SiteTable;

/** A site déclarant (establishment, one SIRET) of an adhérent, with its open DSN alerts. */
@Entity(name = "CibtpSite")
@Table(name = SiteTable.TABLE)
@NamedQuery(name = SiteEntity.BY_IDENTIFIANT, query = "select s from CibtpSite s where s.realmId = :realm and s.identifiant = :id")
@NamedQuery(name = SiteEntity.WITH_ADHERENTS, query = "select s, a from CibtpSite s, CibtpAdherent a where s.realmId = :realm"
        + " and s.identifiant in :ids and a.realmId = s.realmId and a.numero = s.adherentNumero")
@NamedQuery(name = SiteEntity.LABELS, query = "select a.raisonSociale, s.name, s.siret from CibtpSite s, CibtpAdherent a"
        + " where s.realmId = :realm and s.identifiant = :site and a.realmId = s.realmId and a.numero = s.adherentNumero")
@NamedQuery(name = SiteEntity.OF_ADHERENT, query = "select s.id from CibtpSite s where s.realmId = :realm and s.adherentNumero = :n")
public class SiteEntity {

    static final String BY_IDENTIFIANT = "CibtpSite.byIdentifiant";
    /** Sites with their adhérent, in one read. */
    static final String WITH_ADHERENTS = "CibtpSite.withAdherents";
    /** What the account links copy of a site (LinkedSiteLabels). */
    static final String LABELS = "CibtpSite.labels";
    static final String OF_ADHERENT = "CibtpSite.ofAdherent";

    @Id
    @Column(name = SiteTable.ID, length = 36)
    String id;

    @Column(name = SiteTable.REALM_ID, length = 36, nullable = false)
    String realmId;

    @Column(name = SiteTable.IDENTIFIANT, length = 12, nullable = false)
    String identifiant;

    @Column(name = SiteTable.ADHERENT_NUMERO, length = 20, nullable = false)
    String adherentNumero;

    @Column(name = SiteTable.SIRET, length = 14, nullable = false)
    String siret;

    @Column(name = SiteTable.NAME, nullable = false)
    String name;

    @Embedded
    PostalIdentity postal = new PostalIdentity();

    @Embedded
    CampaignState campaign;

    /** JSON array of {periode, message}, as imported; shown in the site chooser. */
    @Column(name = SiteTable.DSN_ALERTS, length = 4000)
    String dsnAlerts;

    @Column(name = SiteTable.IMPORT_RUN, length = 36)
    String importRun;
}
