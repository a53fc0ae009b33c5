package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The wrong codes one source ({@code CodeSource}) typed for a précompte's current code, and the lock they put on that
 * source. A new code deletes them: it lifts every lock.
 */
@Entity(name = "CibtpCodeLock")
@Table(name = "CIBTP_CODE_LOCK")
@NamedQuery(name = CodeLockEntity.OF_SOURCE, query = "select l from CibtpCodeLock l where l.codeId = :code and l.source = :source")
@NamedQuery(name = CodeLockEntity.LIFT_ALL, query = "delete from CibtpCodeLock l where l.codeId = :code")
public class CodeLockEntity {

    static final String OF_SOURCE = "CibtpCodeLock.ofSource";
    /** Every source's wrong codes and lock on a code: a new code starts them afresh. */
    static final String LIFT_ALL = "CibtpCodeLock.liftAll";

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    String realmId;

    @Column(name = "CODE_ID", length = 36, nullable = false)
    String codeId;

    @Column(name = "SOURCE", length = 64, nullable = false)
    String source;

    @Column(name = "WRONG_ATTEMPTS", nullable = false)
    int wrongAttempts;

    /** A temporary lock, until then (epoch milliseconds). */
    @Column(name = "LOCKED_UNTIL")
    Long lockedUntil;

    /** The permanent lock: only a new code lifts it. */
    @Column(name = "LOCKED_AT")
    Long lockedAt;
}
