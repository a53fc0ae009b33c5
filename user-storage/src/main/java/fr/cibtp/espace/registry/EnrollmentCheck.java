package fr.cibtp.espace.registry;

/**
 * The answer to "identifiant + SIRET + code": accepted (with the précompte to enroll), or why not. A wrong
 * identifiant, SIRET or code all give {@link Outcome#REFUSED}, so the answer never says which part was wrong.
 */
public record EnrollmentCheck(Outcome outcome, Precompte precompte) {

    public enum Outcome {
        ACCEPTED,
        REFUSED,
        /** Too many wrong attempts: only a new code opens the précompte again. */
        LOCKED,
        EXPIRED,
        /** The code was already used to create a space. */
        USED
    }

    public static EnrollmentCheck of(Outcome outcome, Precompte precompte) {
        return new EnrollmentCheck(outcome, precompte);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
