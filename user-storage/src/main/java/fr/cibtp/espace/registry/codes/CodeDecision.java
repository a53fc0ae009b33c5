package fr.cibtp.espace.registry.codes;

import fr.cibtp.espace.registry.EnrollmentCheck.Outcome;

/**
 * The rule of provisional codes: single use, expiring, and locked after too many wrong attempts until a new code
 * is issued. A wrong SIRET counts as a wrong attempt, like a wrong code: either may be a guess.
 */
public record CodeDecision(Outcome outcome, boolean countWrongAttempt, boolean lock) {

    public static CodeDecision decide(CodeState state, boolean siretMatches, boolean codeMatches, long now, int maxWrongAttempts) {
        if (state == null) {
            return new CodeDecision(Outcome.REFUSED, false, false);
        }
        if (state.lockedAt() != null) {
            return new CodeDecision(Outcome.LOCKED, false, false);
        }
        if (siretMatches && codeMatches) {
            if (state.usedAt() != null) {
                return new CodeDecision(Outcome.USED, false, false);
            }
            if (now >= state.expiresAt()) {
                return new CodeDecision(Outcome.EXPIRED, false, false);
            }
            return new CodeDecision(Outcome.ACCEPTED, false, false);
        }
        boolean lockNow = state.wrongAttempts() + 1 >= maxWrongAttempts;
        return new CodeDecision(lockNow ? Outcome.LOCKED : Outcome.REFUSED, true, lockNow);
    }
}
