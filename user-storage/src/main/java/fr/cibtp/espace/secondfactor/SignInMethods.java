package fr.cibtp.espace.secondfactor;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.common.util.Time;
import org.keycloak.models.UserSessionModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The ways the user of a session proved who they are, as the {@code amr} claim names them (RFC 8176): {@code pwd} the
 * password, {@code hwk} a passkey, {@code sms} a code sent to the certified mobile. Each is a user session note set
 * when the step that checked it succeeds; a later sign-in in the same session adds to them, never takes one away.
 */
public enum SignInMethods {

    PASSWORD("pwd"),
    PASSKEY("hwk"),
    SMS("sms");

    private static final String NOTE_PREFIX = "cibtp.amr.";

    public final String amr;

    SignInMethods(String amr) {
        this.amr = amr;
    }

    /** Called by the step that checked it; Keycloak copies the note into the user session it completes. */
    public void proved(AuthenticationSessionModel authSession) {
        authSession.setUserSessionNote(NOTE_PREFIX + amr, Integer.toString(Time.currentTime()));
    }

    /** The methods used in {@code userSession}, in this enum's order; empty for none. */
    public static List<String> used(UserSessionModel userSession) {
        List<String> used = new ArrayList<>();
        for (SignInMethods method : values()) {
            if (userSession != null && userSession.getNote(NOTE_PREFIX + method.amr) != null) {
                used.add(method.amr);
            }
        }
        return used;
    }
}
