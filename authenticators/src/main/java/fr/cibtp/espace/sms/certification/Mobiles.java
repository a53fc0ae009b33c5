package fr.cibtp.espace.sms.certification;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.UriInfo;

import fr.cibtp.espace.flow.ActionTokenLink;
import fr.cibtp.espace.mail.LinkAttributes;
import fr.cibtp.espace.sms.PhoneNumbers;
import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.code.SmsTexts;
import fr.cibtp.espace.sms.gateway.SmsGateway;
import fr.cibtp.espace.time.CaisseClock;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The account's certified mobile: which it is, replacing it, and telling the old number and the email of every change
 * (whoever holds only the password must not re-point the SMS factor unnoticed).
 */
public final class Mobiles {

    private static final Logger LOG = Logger.getLogger(Mobiles.class);

    private Mobiles() {
    }

    /** The certified mobile in E.164, or null when the account has none. */
    public static String certified(UserModel user) {
        String number = user.getFirstAttribute(PhoneCertification.PHONE_NUMBER);
        return number != null && "true".equals(user.getFirstAttribute(PhoneCertification.PHONE_NUMBER_VERIFIED)) ? number : null;
    }

    static void certify(UserModel user, String number) {
        user.setSingleAttribute(PhoneCertification.PHONE_NUMBER, number);
        user.setSingleAttribute(PhoneCertification.PHONE_NUMBER_VERIFIED, "true");
        user.setSingleAttribute(PhoneCertification.CERTIFIED_AT, Instant.ofEpochMilli(CaisseClock.millis()).toString());
    }

    static void uncertify(UserModel user) {
        user.setSingleAttribute(PhoneCertification.PHONE_NUMBER_VERIFIED, "false");
        user.removeAttribute(PhoneCertification.CERTIFIED_AT);
    }

    /** Mails the "Je n'ai plus accès à ce mobile" link to the account's address; false when the mail server refused it. */
    static boolean sendResetLink(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                                 UriInfo uri) {
        int lifespan = realm.getActionTokenGeneratedByUserLifespan(MobileResetToken.TOKEN_TYPE);
        MobileResetToken token = new MobileResetToken(user.getId(), Time.currentTime() + lifespan, certified(user), user.getEmail(),
                authSession.getClient().getClientId());
        String link = ActionTokenLink.of(session, realm, authSession, uri, token);
        try {
            Map<String, Object> attributes = LinkAttributes.of(session, realm, user, link, TimeUnit.SECONDS.toMinutes(lifespan));
            attributes.put("mobile", PhoneNumbers.maskedOnOneLine(certified(user)));
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user).setAuthenticationSession(authSession)
                    .send("cibtpMobileResetSubject", "cibtp-mobile-reset.ftl", attributes);
            return true;
        } catch (EmailException e) {
            LOG.warnf("Mobile reset link not sent to user %s: %s", user.getId(), e.getMessage());
            return false;
        }
    }

    /**
     * Tells the old number (SMS) and the email that the certified mobile changed. A notice that cannot be sent does
     * not undo the change: the events record it.
     *
     * @param newNumber the new certified mobile, or null when the old one was only un-certified
     */
    static void tellOfChange(KeycloakSession session, RealmModel realm, UserModel user, String oldNumber, String newNumber) {
        String oldMasked = PhoneNumbers.maskedOnOneLine(oldNumber);
        try {
            new SmsGateway(session).send(realm, user.getId(), oldNumber, SmsTexts.message(session, realm, user, "cibtpSmsMobileChanged"));
        } catch (SmsDeliveryException e) {
            LOG.warnf("Notice of a mobile change not sent by SMS to the old number of user %s: %s", user.getId(), e.getMessage());
        }
        Map<String, Object> attributes = new HashMap<>(Map.of("oldMobile", oldMasked,
                "newMobile", newNumber == null ? "" : PhoneNumbers.maskedOnOneLine(newNumber)));
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send("cibtpMobileChangedSubject", "cibtp-mobile-changed.ftl", attributes);
        } catch (EmailException e) {
            LOG.warnf("Notice of a mobile change not mailed to user %s: %s", user.getId(), e.getMessage());
        }
    }
}
