package fr.cibtp.espace.registry.codes;

/**
 * What is stored about a précompte's current code, apart from its hash, and about the wrong codes of one source.
 * Times in epoch milliseconds; {@code lockedUntil} is a temporary lock of that source, {@code lockedAt} its permanent
 * one, which only a new code lifts.
 */
public record CodeState(long expiresAt, Long usedAt, int wrongAttempts, Long lockedUntil, Long lockedAt) {
}
