package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import fr.cibtp.espace.registry.jpa.RegistrySchema.SalarieTable;

/** A salarié known from the payment statements. */
@Entity(name = "CibtpSalarie")
@Table(name = SalarieTable.TABLE)
@NamedQuery(name = SalarieEntity.BY_IDENTIFIANT, query = "select s from CibtpSalarie s where s.realmId = :realm and s.identifiant = :id")
public class SalarieEntity {

    static final String BY_IDENTIFIANT = "CibtpSalarie.byIdentifiant";

    @Id
    @Column(name = SalarieTable.ID, length = 36)
    String id;

    @Column(name = SalarieTable.REALM_ID, length = 36, nullable = false)
    String realmId;

    @Column(name = SalarieTable.IDENTIFIANT, length = 20, nullable = false)
    String identifiant;

    @Embedded
    PostalIdentity postal = new PostalIdentity();

    @Embedded
    CampaignState campaign;

    @Column(name = SalarieTable.IMPORT_RUN, length = 36)
    String importRun;
}
