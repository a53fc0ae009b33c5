package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import fr.cibtp.espace.registry.jpa.RegistrySchema.CodeRequestTable;

/** A "Recevoir mon code confidentiel par courrier" request, queued for the caisse's next mail merge. */
@Entity(name = "CibtpCodeRequest")
@Table(name = CodeRequestTable.TABLE)
@NamedQuery(name = CodeRequestEntity.WAITING_FOR, query = "select r.id from CibtpCodeRequest r where r.realmId = :realm"
        + " and r.identifiant = :id and r.status = :waiting")
@NamedQuery(name = CodeRequestEntity.ALL, query = "select r from CibtpCodeRequest r where r.realmId = :realm order by r.requestedAt")
@NamedQuery(name = CodeRequestEntity.WITH_STATUS, query = "select r from CibtpCodeRequest r where r.realmId = :realm"
        + " and r.status = :status order by r.requestedAt")
@NamedQuery(name = CodeRequestEntity.MARK_DONE, query = "update CibtpCodeRequest r set r.status = :done, r.processedAt = :now"
        + " where r.realmId = :realm and r.id = :id")
public class CodeRequestEntity {

    static final String WAITING_FOR = "CibtpCodeRequest.waitingFor";
    static final String ALL = "CibtpCodeRequest.all";
    static final String WITH_STATUS = "CibtpCodeRequest.withStatus";
    static final String MARK_DONE = "CibtpCodeRequest.markDone";

    public static final String WAITING = "en_attente";
    public static final String DONE = "traitee";

    @Id
    @Column(name = CodeRequestTable.ID, length = 36)
    String id;

    @Column(name = CodeRequestTable.REALM_ID, length = 36, nullable = false)
    String realmId;

    @Column(name = CodeRequestTable.IDENTIFIANT, length = 20, nullable = false)
    String identifiant;

    @Column(name = CodeRequestTable.STATUS, length = 12, nullable = false)
    String status;

    @Column(name = CodeRequestTable.REQUESTED_AT, nullable = false)
    long requestedAt;

    @Column(name = CodeRequestTable.PROCESSED_AT)
    Long processedAt;
}
