package fr.cibtp.espace.registry.codes;

import java.time.Duration;

/**
 * How wrong codes lock a précompte's code for the source that typed them, as Keycloak's brute-force detector locks
 * an account: every
 * {@code wrongBeforeLock} wrong codes a temporary lock, twice as long as the one before, and after
 * {@code temporaryLocks} of them a permanent lock that only a new code lifts.
 */
public record CodeLockPolicy(int wrongBeforeLock, Duration firstLock, int temporaryLocks) {

    /** What the {@code wrongAttempts}-th wrong code does. */
    public Lock after(int wrongAttempts, long now) {
        if (wrongAttempts <= 0 || wrongAttempts % wrongBeforeLock != 0) {
            return Lock.NONE;
        }
        int lockNumber = wrongAttempts / wrongBeforeLock;
        if (lockNumber > temporaryLocks) {
            return new Lock(null, true);
        }
        long millis = firstLock.toMillis() << Math.min(lockNumber - 1, 20);
        return new Lock(now + millis, false);
    }

    /** A lock to store: until a time, or permanent; {@link #NONE} when the wrong code locks nothing. */
    public record Lock(Long until, boolean permanent) {
        public static final Lock NONE = new Lock(null, false);

        public boolean any() {
            return permanent || until != null;
        }
    }
}
