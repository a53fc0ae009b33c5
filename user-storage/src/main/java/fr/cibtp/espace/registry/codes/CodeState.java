package fr.cibtp.espace.registry.codes;

/** What is stored about a précompte's current code, apart from its hash. Times in epoch milliseconds. */
public record CodeState(long expiresAt, Long usedAt, int wrongAttempts, Long lockedAt) {
}
