package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import fr.cibtp.espace.registry.jpa.RegistrySchema.AdherentTable;

/** An adhérent (member company, one SIREN) and the cabinet comptable it may delegate to. */
@Entity(name = "CibtpAdherent")
@Table(name = AdherentTable.TABLE)
@NamedQuery(name = AdherentEntity.BY_NUMERO, query = "select a from CibtpAdherent a where a.realmId = :realm and a.numero = :n")
public class AdherentEntity {

    static final String BY_NUMERO = "CibtpAdherent.byNumero";

    @Id
    @Column(name = AdherentTable.ID, length = 36)
    String id;

    @Column(name = AdherentTable.REALM_ID, length = 36, nullable = false)
    String realmId;

    @Column(name = AdherentTable.NUMERO, length = 20, nullable = false)
    String numero;

    @Column(name = AdherentTable.SIREN, length = 9, nullable = false)
    String siren;

    @Column(name = AdherentTable.RAISON_SOCIALE, nullable = false)
    String raisonSociale;

    @Column(name = AdherentTable.FORME_JURIDIQUE, length = 50)
    String formeJuridique;

    @Column(name = AdherentTable.CABINET_IDENTIFIANT, length = 12)
    String cabinetIdentifiant;

    /** When one of its sites was first held, of those still held; null while none is ({@link PrecompteStates}). */
    @Column(name = AdherentTable.HELD_SINCE, insertable = false, updatable = false)
    Long heldSince;

    @Column(name = AdherentTable.IMPORT_RUN, length = 36)
    String importRun;
}
