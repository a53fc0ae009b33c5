package fr.cibtp.espace.enrollment;

import java.util.Optional;

import fr.cibtp.espace.registry.Precompte;
import fr.cibtp.espace.registry.PrecompteKind;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What the enrollment steps know of each other, kept in the authentication session (never in the browser): the
 * path, whether step 1 asks for a salarié's identifiant, and the précompte step 1 accepted.
 */
final class EnrollmentState {

    private static final String PATH = "cibtp.enrollment.path";
    private static final String SALARIE_FORM = "cibtp.enrollment.salarie";
    private static final String PRECOMPTE = "cibtp.enrollment.precompte";
    private static final String CODE_ISSUED_AT = "cibtp.enrollment.code";

    private final AuthenticationSessionModel authSession;

    private EnrollmentState(AuthenticationSessionModel authSession) {
        this.authSession = authSession;
    }

    /** The state of this flow; the path follows the link that (re)entered it. */
    static EnrollmentState of(AuthenticationFlowContext context) {
        EnrollmentState state = new EnrollmentState(context.getAuthenticationSession());
        String entered = context.getUriInfo().getQueryParameters().getFirst(EnrollmentPath.QUERY_PARAMETER);
        if (entered != null || state.authSession.getAuthNote(PATH) == null) {
            state.authSession.setAuthNote(PATH, EnrollmentPath.fromParameter(entered).name());
        }
        return state;
    }

    EnrollmentPath path() {
        return EnrollmentPath.valueOf(authSession.getAuthNote(PATH));
    }

    boolean salarieForm() {
        return "true".equals(authSession.getAuthNote(SALARIE_FORM));
    }

    void salarieForm(boolean salarie) {
        authSession.setAuthNote(SALARIE_FORM, Boolean.toString(salarie));
    }

    Optional<Precompte> precompte() {
        String note = authSession.getAuthNote(PRECOMPTE);
        if (note == null) {
            return Optional.empty();
        }
        int colon = note.indexOf(':');
        return PrecompteKind.fromKey(note.substring(0, colon)).map(kind -> new Precompte(kind, note.substring(colon + 1)));
    }

    /** The précompte and the code step 1 accepted: step 2 consumes that code only. */
    void accepted(Precompte precompte, long codeIssuedAt) {
        authSession.setAuthNote(PRECOMPTE, precompte.reference());
        authSession.setAuthNote(CODE_ISSUED_AT, Long.toString(codeIssuedAt));
    }

    long codeIssuedAt() {
        String note = authSession.getAuthNote(CODE_ISSUED_AT);
        return note == null ? -1 : Long.parseLong(note);
    }
}
