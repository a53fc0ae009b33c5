package fr.cibtp.espace.email;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.UriInfo;

import fr.cibtp.espace.flow.ActionTokenLink;
import fr.cibtp.espace.mail.LinkAttributes;
import org.keycloak.authentication.actiontoken.verifyemail.VerifyEmailActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Keycloak's verify-email link, sent as its own "Verify email" action sends it: its handler certifies the address
 * (the VERIFY_EMAIL event dates it) and, clicked in the same browser, goes on with the sign-in. Sent by our steps
 * so that a mail server that is down gives our page, not Keycloak's error page; in the activation email of a new
 * account, or in the re-certification email of an account whose certification is due. Each takes one of the
 * account's mails of the day ({@code user-mails-per-day}).
 */
public final class VerifyEmailLink {

    static final String RECERTIFICATION_SUBJECT = "cibtpRecertificationEmailSubject";
    static final String RECERTIFICATION_TEMPLATE = "cibtp-recertification-link.ftl";

    private VerifyEmailLink() {
    }

    /** Sends the activation email; false when the mail server refused it (recorded as an event, for the page to say so). */
    public static boolean send(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                               UriInfo uriInfo, EventBuilder event) {
        return send(session, realm, user, authSession, uriInfo, event,
                (mail, link, minutes) -> mail.sendVerifyEmail(link, minutes));
    }

    /** Sends the periodic re-certification email (the guide's "nouveau courriel contenant un lien d'activation"). */
    static boolean sendRecertification(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                                       UriInfo uriInfo, EventBuilder event) {
        return send(session, realm, user, authSession, uriInfo, event, (mail, link, minutes) -> mail.send(RECERTIFICATION_SUBJECT,
                RECERTIFICATION_TEMPLATE, LinkAttributes.of(session, realm, user, link, minutes)));
    }

    private interface Mail {
        void send(EmailTemplateProvider mail, String link, long expirationMinutes) throws EmailException;
    }

    private static boolean send(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                                UriInfo uriInfo, EventBuilder event, Mail mail) {
        String clientId = authSession.getClient().getClientId();
        int lifespan = realm.getActionTokenGeneratedByUserLifespan(VerifyEmailActionToken.TOKEN_TYPE);
        String authSessionId = AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId();
        VerifyEmailActionToken token = new VerifyEmailActionToken(user.getId(), Time.currentTime() + lifespan,
                authSessionId, user.getEmail(), clientId);
        String link = ActionTokenLink.of(session, realm, authSession, uriInfo, token);

        EventBuilder sent = event.clone().event(EventType.SEND_VERIFY_EMAIL).user(user).detail(Details.EMAIL, user.getEmail());
        if (!MailBudget.take(session, realm, user)) {
            sent.error("cibtp_user_mails_per_day");
            return false;
        }
        try {
            mail.send(session.getProvider(EmailTemplateProvider.class).setAuthenticationSession(authSession).setRealm(realm).setUser(user),
                    link, TimeUnit.SECONDS.toMinutes(lifespan));
        } catch (EmailException e) {
            sent.detail(Details.REASON, e.getMessage()).error(Errors.EMAIL_SEND_FAILED);
            return false;
        }
        sent.success();
        return true;
    }
}
