package fr.cibtp.espace.registry.codes;

/**
 * What is stored about a précompte's current code, apart from its hash. Times in epoch milliseconds;
 * {@code lockedUntil} is a temporary lock, {@code lockedAt} the permanent one that only a new code lifts.
 */
public record CodeState(long expiresAt, Long usedAt, int wrongAttempts, Long lockedUntil, Long lockedAt) {
}
