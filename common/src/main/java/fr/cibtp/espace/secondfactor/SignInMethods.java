package fr.cibtp.espace.secondfactor;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.models.UserSessionModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * How the user of a session proved who they are, as the {@code amr} claim names it (RFC 8176): {@code pwd} the
 * password, {@code hwk} a passkey, {@code sms} a code sent to the certified mobile. Two user session notes: the
 * method of the last sign-in, and that of the last step-up; each new one replaces the one before, so that a token
 * names the factors its own {@code acr} rests on.
 */
public enum SignInMethods {

    PASSWORD("pwd"),
    PASSKEY("hwk"),
    SMS("sms");

    private static final String SIGN_IN_NOTE = "cibtp.amr.signIn";
    private static final String STEP_UP_NOTE = "cibtp.amr.stepUp";
    /** Set while a passkey passes the step-up, so that the sign-in's record does not take it for the sign-in. */
    private static final String STEP_UP_BY_PASSKEY = "cibtp.stepUpByPasskey";

    public final String amr;

    SignInMethods(String amr) {
        this.amr = amr;
    }

    /** Called once the sign-in's first factor is checked; Keycloak copies the note into the user session. */
    public void signedIn(AuthenticationSessionModel authSession) {
        authSession.setUserSessionNote(SIGN_IN_NOTE, amr);
    }

    /** Called by the step-up once the second factor is checked. */
    public void steppedUp(AuthenticationSessionModel authSession) {
        authSession.setUserSessionNote(STEP_UP_NOTE, amr);
    }

    /** Called when the step-up itself checked a passkey (not the sign-in's passkey, taken again). */
    public static void steppedUpWithItsOwnPasskey(AuthenticationSessionModel authSession) {
        PASSKEY.steppedUp(authSession);
        authSession.setAuthNote(STEP_UP_BY_PASSKEY, "true");
    }

    /** Whether the passkey checked during this authentication was the step-up's. */
    public static boolean passkeyWasTheStepUp(AuthenticationSessionModel authSession) {
        return authSession.getAuthNote(STEP_UP_BY_PASSKEY) != null;
    }

    /** The {@code amr} of a token: the sign-in's method, then the step-up's when the token's level includes it. */
    public static List<String> of(UserSessionModel userSession, boolean steppedUp) {
        List<String> used = new ArrayList<>();
        String signIn = userSession == null ? null : userSession.getNote(SIGN_IN_NOTE);
        if (signIn != null) {
            used.add(signIn);
        }
        String stepUp = steppedUp && userSession != null ? userSession.getNote(STEP_UP_NOTE) : null;
        if (stepUp != null && !used.contains(stepUp)) {
            used.add(stepUp);
        }
        return used;
    }
}
