package fr.cibtp.espace.sms.code;

import java.security.SecureRandom;

import fr.cibtp.espace.settings.CibtpSettings;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.SmsSetting;
import fr.cibtp.espace.sms.gateway.SmsGateway;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Sending a code by SMS and checking what the user types, with the code bound to the authentication session (one
 * note per use, so certification and step-up never share a code). Shared by the certification required action and
 * the step-up authenticator; the limits are the realm's CIBTP settings.
 */
public final class SmsCodeExchange {

    /** What happened to a send request: sent, or wait that many seconds (the code already sent stays valid). */
    public record Sent(String number, long secondsToWait) {
        public boolean sent() {
            return secondsToWait == 0;
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuthenticationSessionModel authSession;
    private final String note;
    private final CibtpSettings settings;

    public SmsCodeExchange(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession, String note) {
        this.session = session;
        this.realm = realm;
        this.authSession = authSession;
        this.note = note;
        this.settings = CibtpSettings.of(realm);
    }

    /** Sends a new code unless the last one is too recent; the number is checked and normalised by the gateway. */
    public Sent send(UserModel user, String typedNumber) throws SmsDeliveryException {
        long now = CaisseClock.millis();
        long resendMillis = settings.positive(SmsSetting.RESEND_SECONDS) * 1000L;
        SmsChallenge previous = SmsChallenge.fromNote(authSession.getAuthNote(note));
        if (previous != null && !previous.canResendAt(now, resendMillis)) {
            return new Sent(null, previous.secondsBeforeResend(now, resendMillis));
        }
        SmsChallenge challenge = SmsChallenge.issue(new SecureRandom(), settings.positive(SmsSetting.CODE_DIGITS), now,
                settings.positive(SmsSetting.CODE_LIFETIME_SECONDS) * 1000L);
        String number = new SmsGateway(session).send(realm, user.getId(), typedNumber,
                SmsTexts.code(session, realm, user, challenge, settings));
        authSession.setAuthNote(note, challenge.toNote());
        return new Sent(number, 0);
    }

    /** Whether a code was sent in this session and has not expired yet. */
    public boolean pending() {
        SmsChallenge challenge = SmsChallenge.fromNote(authSession.getAuthNote(note));
        return challenge != null && CaisseClock.millis() < challenge.expiresAt();
    }

    /**
     * Checks a typed code; a wrong try is counted, a right one ends the exchange. Null when no code was sent. Each try
     * first takes one of the code's try slots in Keycloak's cluster-wide single-use store: parallel requests of one
     * session (whose notes they all read before any writes) cannot evaluate more tries than allowed, nor accept one
     * code twice.
     */
    public SmsChallenge.Outcome check(String typed) {
        SmsChallenge challenge = SmsChallenge.fromNote(authSession.getAuthNote(note));
        if (challenge == null) {
            return null;
        }
        long now = CaisseClock.millis();
        int maxTries = settings.positive(SmsSetting.CODE_MAX_TRIES);
        long lifespanSeconds = Math.max(1, (challenge.expiresAt() - now) / 1000 + 1);
        SingleUseObjectProvider slots = session.singleUseObjects();
        int slot = 0;
        while (slot < maxTries && !slots.putIfAbsent("cibtp-sms-try:" + challenge.id() + ":" + slot, lifespanSeconds)) {
            slot++;
        }
        SmsChallenge.Outcome outcome = challenge.atTry(slot).check(typed, now, maxTries);
        if (outcome == SmsChallenge.Outcome.ACCEPTED
                && !slots.putIfAbsent("cibtp-sms-accepted:" + challenge.id(), lifespanSeconds)) {
            outcome = SmsChallenge.Outcome.EXHAUSTED;
        }
        if (outcome == SmsChallenge.Outcome.ACCEPTED) {
            authSession.removeAuthNote(note);
        } else {
            authSession.setAuthNote(note, challenge.atTry(Math.min(slot + 1, maxTries)).toNote());
        }
        return outcome;
    }

    /** The message key telling the user why a typed code was not accepted. */
    public static String messageKey(SmsChallenge.Outcome outcome) {
        return switch (outcome) {
            case WRONG -> "cibtpSmsCodeWrong";
            case EXPIRED -> "cibtpSmsCodeExpired";
            default -> "cibtpSmsCodeExhausted";
        };
    }
}
