package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import fr.cibtp.espace.registry.jpa.RegistrySchema.ProvisionalCodeTable;

/**
 * The current provisional code of a précompte (one row per précompte: issuing a new code replaces the row, which
 * voids the old code and lifts the locks, {@link CodeLockEntity}). Only a slow salted hash of the code is kept.
 */
@Entity(name = "CibtpProvisionalCode")
@Table(name = ProvisionalCodeTable.TABLE)
@NamedQuery(name = ProvisionalCodeEntity.CURRENT, query = "select c from CibtpProvisionalCode c where c.realmId = :realm"
        + " and c.kind = :kind and c.identifiant = :id")
@NamedQuery(name = ProvisionalCodeEntity.USE, query = "update CibtpProvisionalCode c set c.usedAt = :now where c.realmId = :realm"
        + " and c.kind = :kind and c.identifiant = :id and c.issuedAt = :issued and c.expiresAt > :now and c.usedAt is null")
public class ProvisionalCodeEntity {

    static final String CURRENT = "CibtpProvisionalCode.current";
    /** Marks the code used while it is still the current one and unexpired: of two requests, exactly one wins. */
    static final String USE = "CibtpProvisionalCode.use";

    @Id
    @Column(name = ProvisionalCodeTable.ID, length = 36)
    String id;

    @Column(name = ProvisionalCodeTable.REALM_ID, length = 36, nullable = false)
    String realmId;

    /** site, cabinet or salarie. */
    @Column(name = ProvisionalCodeTable.KIND, length = 10, nullable = false)
    String kind;

    @Column(name = ProvisionalCodeTable.IDENTIFIANT, length = 20, nullable = false)
    String identifiant;

    /** Keycloak's encoded password credential (algorithm, iterations, salt, hash) as JSON. */
    @Column(name = ProvisionalCodeTable.HASH, length = 1024, nullable = false)
    String hash;

    @Column(name = ProvisionalCodeTable.ISSUED_AT, nullable = false)
    long issuedAt;

    @Column(name = ProvisionalCodeTable.EXPIRES_AT, nullable = false)
    long expiresAt;

    @Column(name = ProvisionalCodeTable.USED_AT)
    Long usedAt;
}
