package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import fr.cibtp.espace.registry.jpa.RegistrySchema.CabinetTable;

/** A cabinet comptable (tiers déclarant) as the caisse's production system knows it. */
@Entity(name = "CibtpCabinet")
@Table(name = CabinetTable.TABLE)
@NamedQuery(name = CabinetEntity.BY_IDENTIFIANT, query = "select c from CibtpCabinet c where c.realmId = :realm and c.identifiant = :id")
public class CabinetEntity {

    static final String BY_IDENTIFIANT = "CibtpCabinet.byIdentifiant";

    @Id
    @Column(name = CabinetTable.ID, length = 36)
    String id;

    @Column(name = CabinetTable.REALM_ID, length = 36, nullable = false)
    String realmId;

    @Column(name = CabinetTable.IDENTIFIANT, length = 12, nullable = false)
    String identifiant;

    @Column(name = CabinetTable.SIRET, length = 14, nullable = false)
    String siret;

    @Column(name = CabinetTable.RAISON_SOCIALE, nullable = false)
    String raisonSociale;

    @Embedded
    PostalIdentity postal = new PostalIdentity();

    @Embedded
    CampaignState campaign;

    @Column(name = CabinetTable.IMPORT_RUN, length = 36)
    String importRun;
}
