package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A cabinet comptable (tiers déclarant) as the caisse's production system knows it. */
@Entity(name = "CibtpCabinet")
@Table(name = "CIBTP_CABINET")
@NamedQuery(name = CabinetEntity.BY_IDENTIFIANT, query = "select c from CibtpCabinet c where c.realmId = :realm and c.identifiant = :id")
public class CabinetEntity {

    static final String BY_IDENTIFIANT = "CibtpCabinet.byIdentifiant";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "IDENTIFIANT", length = 12, nullable = false)
    String identifiant;

    @Column(name = "SIRET", length = 14, nullable = false)
    String siret;

    @Column(name = "RAISON_SOCIALE", nullable = false)
    String raisonSociale;

    @Embedded
    PostalIdentity postal = new PostalIdentity();

    @Embedded
    CampaignState campaign;

    @Column(name = "IMPORT_RUN", length = 36)
    String importRun;
}
