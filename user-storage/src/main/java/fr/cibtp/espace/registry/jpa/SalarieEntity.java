package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A salarié known from the payment statements. */
@Entity(name = "CibtpSalarie")
@Table(name = "CIBTP_SALARIE")
@NamedQuery(name = SalarieEntity.BY_IDENTIFIANT, query = "select s from CibtpSalarie s where s.realmId = :realm and s.identifiant = :id")
public class SalarieEntity {

    static final String BY_IDENTIFIANT = "CibtpSalarie.byIdentifiant";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "IDENTIFIANT", length = 20, nullable = false)
    String identifiant;

    @Embedded
    PostalIdentity postal = new PostalIdentity();

    @Embedded
    CampaignState campaign;

    @Column(name = "IMPORT_RUN", length = 36)
    String importRun;
}
