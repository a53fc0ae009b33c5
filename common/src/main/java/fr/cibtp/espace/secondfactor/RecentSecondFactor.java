package fr.cibtp.espace.secondfactor;

import org.keycloak.common.util.Time;
import org.keycloak.models.UserSessionModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * When the user of a session last proved their second factor (the step-up: SMS code or passkey), kept as a user
 * session note. Keycloak's own {@code auth_time} does not move on a step-up inside a signed-in session, and the
 * token's {@code acr} stays the same for every refresh: neither says "recently". Whatever grants power asks this
 * instead, with its own max age.
 */
public final class RecentSecondFactor {

    static final String NOTE = "cibtp.secondFactorAt";

    private RecentSecondFactor() {
    }

    /** Called by the step that checked the second factor; Keycloak copies the note into the user session it completes. */
    public static void proved(AuthenticationSessionModel authSession) {
        authSession.setUserSessionNote(NOTE, Integer.toString(Time.currentTime()));
    }

    /** Whether the session's user proved their second factor within the last {@code maxAgeSeconds}. */
    public static boolean within(UserSessionModel userSession, long maxAgeSeconds) {
        String at = userSession == null ? null : userSession.getNote(NOTE);
        if (at == null) {
            return false;
        }
        try {
            long age = Time.currentTime() - Long.parseLong(at);
            return age >= 0 && age <= maxAgeSeconds;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}
