package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An adhérent (member company, one SIREN) and the cabinet comptable it may delegate to. */
@Entity(name = "CibtpAdherent")
@Table(name = "CIBTP_ADHERENT")
@NamedQuery(name = AdherentEntity.BY_NUMERO, query = "select a from CibtpAdherent a where a.realmId = :realm and a.numero = :n")
public class AdherentEntity {

    static final String BY_NUMERO = "CibtpAdherent.byNumero";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "NUMERO", length = 20, nullable = false)
    String numero;

    @Column(name = "SIREN", length = 9, nullable = false)
    String siren;

    @Column(name = "RAISON_SOCIALE", nullable = false)
    String raisonSociale;

    @Column(name = "FORME_JURIDIQUE", length = 50)
    String formeJuridique;

    @Column(name = "CABINET_IDENTIFIANT", length = 12)
    String cabinetIdentifiant;

    /** When one of its sites was first held, of those still held; null while none is ({@link PrecompteStates}). */
    @Column(name = "HELD_SINCE", insertable = false, updatable = false)
    Long heldSince;

    @Column(name = "IMPORT_RUN", length = 36)
    String importRun;
}
