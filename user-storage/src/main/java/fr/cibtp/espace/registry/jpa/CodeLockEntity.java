package fr.cibtp.espace.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import fr.cibtp.espace.registry.jpa.RegistrySchema.CodeLockTable;

/**
 * The wrong codes one source ({@code CodeSource}) typed for a précompte's current code, and the lock they put on that
 * source. A new code deletes them: it lifts every lock.
 */
@Entity(name = "CibtpCodeLock")
@Table(name = CodeLockTable.TABLE)
@NamedQuery(name = CodeLockEntity.OF_SOURCE, query = "select l from CibtpCodeLock l where l.codeId = :code and l.source = :source")
@NamedQuery(name = CodeLockEntity.LIFT_ALL, query = "delete from CibtpCodeLock l where l.codeId = :code")
public class CodeLockEntity {

    static final String OF_SOURCE = "CibtpCodeLock.ofSource";
    /** Every source's wrong codes and lock on a code: a new code starts them afresh. */
    static final String LIFT_ALL = "CibtpCodeLock.liftAll";

    @Id
    @Column(name = CodeLockTable.ID, length = 36)
    String id;

    @Column(name = CodeLockTable.REALM_ID, length = 36, nullable = false)
    String realmId;

    @Column(name = CodeLockTable.CODE_ID, length = 36, nullable = false)
    String codeId;

    @Column(name = CodeLockTable.SOURCE, length = 64, nullable = false)
    String source;

    @Column(name = CodeLockTable.WRONG_ATTEMPTS, nullable = false)
    int wrongAttempts;

    /** A temporary lock, until then (epoch milliseconds). */
    @Column(name = CodeLockTable.LOCKED_UNTIL)
    Long lockedUntil;

    /** The permanent lock: only a new code lifts it. */
    @Column(name = CodeLockTable.LOCKED_AT)
    Long lockedAt;
}
