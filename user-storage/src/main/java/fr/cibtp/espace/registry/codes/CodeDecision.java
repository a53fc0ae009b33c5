package fr.cibtp.espace.registry.codes;

import fr.cibtp.espace.registry.EnrollmentCheck.Outcome;

/**
 * The rule of provisional codes: single use, expiring, locked after wrong codes for the source that typed them
 * ({@link CodeSource}; the state given is that source's). Only a try whose identifiant and SIRET match (salarié: whose
 * identifier exists) counts toward the lock, so a stranger typing SIRETs counts nothing, and a stranger who knows them
 * locks only its own addresses out: the holder's real code, typed from elsewhere, still opens the space. Whoever does not hold the right identifiant, SIRET and code gets {@link Outcome#REFUSED}
 * whatever the state (unknown, locked, expired, used): only the holder of the letters learns more.
 */
public record CodeDecision(Outcome outcome, boolean countWrongAttempt, Long lockedUntil) {

    public static CodeDecision decide(CodeState state, boolean holderMatches, boolean codeMatches, long now) {
        if (state == null || !holderMatches) {
            return new CodeDecision(Outcome.REFUSED, false, null);
        }
        if (!codeMatches) {
            return new CodeDecision(Outcome.REFUSED, true, null);
        }
        if (state.lockedAt() != null) {
            return new CodeDecision(Outcome.LOCKED, false, null);
        }
        if (state.lockedUntil() != null && now < state.lockedUntil()) {
            return new CodeDecision(Outcome.LOCKED, false, state.lockedUntil());
        }
        if (state.usedAt() != null) {
            return new CodeDecision(Outcome.USED, false, null);
        }
        if (now >= state.expiresAt()) {
            return new CodeDecision(Outcome.EXPIRED, false, null);
        }
        return new CodeDecision(Outcome.ACCEPTED, false, null);
    }
}
