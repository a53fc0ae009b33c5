package fr.cibtp.espace.registry;

import java.time.Instant;

/**
 * The answer to "identifiant + SIRET + code": accepted (with the précompte to enroll and the code it accepted), or
 * why not. Anyone who does not hold the right identifiant, SIRET and code gets {@link Outcome#REFUSED}, so the
 * answer never says which part was wrong nor whether the précompte exists, is locked, expired or used.
 *
 * @param codeIssuedAt when the accepted code was issued: step 2 consumes that code only, not one issued since
 * @param lockedUntil  for {@link Outcome#LOCKED}, the end of a temporary lock; null when only a new code unlocks
 * @param counted      what this try did to the précompte's code: for the caller's event, never for the user's eyes
 */
public record EnrollmentCheck(Outcome outcome, Precompte precompte, long codeIssuedAt, Instant lockedUntil, Counted counted) {

    /** A wrong code typed with the right identifiant and SIRET counts; the one that reaches the limit locks. */
    public enum Counted {
        NOTHING, WRONG_CODE, LOCKED_NOW
    }

    public enum Outcome {
        ACCEPTED,
        REFUSED,
        /** Too many wrong codes: wait for the lock to end, or ask for a new code. */
        LOCKED,
        EXPIRED,
        /** The code was already used to create a space. */
        USED
    }

    public static EnrollmentCheck refused(Precompte precompte) {
        return new EnrollmentCheck(Outcome.REFUSED, precompte, 0, null, Counted.NOTHING);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
