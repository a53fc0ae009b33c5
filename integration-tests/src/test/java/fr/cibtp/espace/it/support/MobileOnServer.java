package fr.cibtp.espace.it.support;

import fr.cibtp.espace.sms.SmsDeliveryException;
import fr.cibtp.espace.sms.certification.PhoneCertification;
import fr.cibtp.espace.sms.gateway.SmsGateway;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.testframework.remote.providers.runonserver.FetchOnServer;
import org.keycloak.testframework.remote.providers.runonserver.RunOnServer;

/** The SMS gateway and the certified mobile of an account, inside the server. */
public final class MobileOnServer {

    private MobileOnServer() {
    }

    /** What the gateway answered: sent, or the message key the user is shown and the reason logged. */
    public record Sent(boolean sent, String messageKey, String reason) {
    }

    /** An SMS as the sign-in steps send it; {@code userId} may be null (no account yet). */
    public static FetchOnServer send(String userId, String number, String text) {
        return session -> send(session, userId, number, text);
    }

    public static Sent send(KeycloakSession session, String userId, String number, String text) {
        try {
            new SmsGateway(session).send(session.getContext().getRealm(), userId, number, text);
            return new Sent(true, null, null);
        } catch (SmsDeliveryException e) {
            return new Sent(false, e.messageKey(), e.getMessage());
        }
    }

    /** Gives an account a certified mobile, as "Certification du numéro de téléphone" does. */
    public static RunOnServer certify(String userId, String number) {
        return session -> {
            UserModel user = session.users().getUserById(session.getContext().getRealm(), userId);
            user.setSingleAttribute(PhoneCertification.PHONE_NUMBER, number);
            user.setSingleAttribute(PhoneCertification.PHONE_NUMBER_VERIFIED, "true");
        };
    }
}
