package fr.cibtp.espace.sms.certification;

import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.code.SmsChallenge;
import fr.cibtp.espace.sms.code.SmsCodeExchange;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The "Certifier" of enrollment step 2: the mobile typed with the new account gets a code by SMS, and the right code
 * certifies it, with the same code rules and sending limits as "Certification du numéro de téléphone". A new account
 * has no certified mobile yet, so nothing else is asked.
 */
public final class NewAccountMobile {

    private static final String CHALLENGE_NOTE = "cibtp.enrollment.certification";

    /** What a send request did: sent, or refused with a message key and its parameters. */
    public record Sending(String errorKey, Object... params) {
        public boolean sent() {
            return errorKey == null;
        }
    }

    private final SmsCodeExchange exchange;

    public NewAccountMobile(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession) {
        this.exchange = new SmsCodeExchange(session, realm, authSession, CHALLENGE_NOTE);
    }

    /** Sends a code to the account's mobile (stored, not yet certified, by step 2). */
    public Sending send(UserModel user) {
        String number = user.getFirstAttribute(PhoneCertification.PHONE_NUMBER);
        try {
            SmsCodeExchange.Sent sent = exchange.send(user, number);
            return sent.sent() ? new Sending(null) : new Sending("cibtpSmsResendTooSoon", sent.secondsToWait());
        } catch (SmsDeliveryException e) {
            return new Sending(e.messageKey());
        }
    }

    /** The account's mobile as the code page shows it: "+33 6 ** ** ** 78". */
    public static String masked(UserModel user) {
        return PhoneNumbers.maskedOnOneLine(user.getFirstAttribute(PhoneCertification.PHONE_NUMBER));
    }

    /** Null when the code is right and the mobile now certified; else the message key saying why not. */
    public String certify(UserModel user, String typedCode) {
        SmsChallenge.Outcome outcome = exchange.check(typedCode);
        if (outcome == null) {
            return "cibtpSmsCodeExhausted";
        }
        if (outcome != SmsChallenge.Outcome.ACCEPTED) {
            return SmsCodeExchange.messageKey(outcome);
        }
        Mobiles.certify(user, user.getFirstAttribute(PhoneCertification.PHONE_NUMBER));
        return null;
    }
}
