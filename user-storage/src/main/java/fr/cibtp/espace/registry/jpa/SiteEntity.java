package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A site déclarant (establishment, one SIRET) of an adhérent, with its open DSN alerts. */
@Entity(name = "CibtpSite")
@Table(name = "CIBTP_SITE")
public class SiteEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "IDENTIFIANT", length = 12, nullable = false)
    String identifiant;

    @Column(name = "ADHERENT_NUMERO", length = 20, nullable = false)
    String adherentNumero;

    @Column(name = "SIRET", length = 14, nullable = false)
    String siret;

    @Column(name = "NAME", nullable = false)
    String name;

    @Embedded
    PostalIdentity postal = new PostalIdentity();

    @Embedded
    CampaignState campaign;

    /** JSON array of {periode, message}, as imported; shown in the site chooser. */
    @Column(name = "DSN_ALERTS", length = 4000)
    String dsnAlerts;

    @Column(name = "IMPORT_RUN", length = 36)
    String importRun;
}
