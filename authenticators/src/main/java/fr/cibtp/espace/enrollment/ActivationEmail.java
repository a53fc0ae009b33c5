package fr.cibtp.espace.enrollment;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.actiontoken.verifyemail.VerifyEmailActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The activation email: Keycloak's verify-email action token, sent as Keycloak's own "Verify email" action would,
 * so its handler certifies the address and, clicked in the same browser, goes on to sign the user in. Sent here
 * rather than by that action so that a mail server that is down gives our page, not an error page.
 */
final class ActivationEmail {

    private ActivationEmail() {
    }

    /** Sends the link; false when the mail server refused it (recorded as an event, the user is told). */
    static boolean send(AuthenticationFlowContext context, UserModel user) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        UriInfo uriInfo = context.getUriInfo();
        String clientId = authSession.getClient().getClientId();

        int lifespan = realm.getActionTokenGeneratedByUserLifespan(VerifyEmailActionToken.TOKEN_TYPE);
        String authSessionId = AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId();
        VerifyEmailActionToken token = new VerifyEmailActionToken(user.getId(), Time.currentTime() + lifespan,
                authSessionId, user.getEmail(), clientId);
        UriBuilder link = Urls.actionTokenBuilder(uriInfo.getBaseUri(), token.serialize(session, realm, uriInfo), clientId,
                authSession.getTabId(), AuthenticationProcessor.getClientData(session, authSession));

        EventBuilder event = context.getEvent().clone().event(EventType.SEND_VERIFY_EMAIL).user(user)
                .detail(Details.EMAIL, user.getEmail());
        try {
            session.getProvider(EmailTemplateProvider.class).setAuthenticationSession(authSession).setRealm(realm)
                    .setUser(user).sendVerifyEmail(link.build(realm.getName()).toString(), TimeUnit.SECONDS.toMinutes(lifespan));
        } catch (EmailException e) {
            event.detail(Details.REASON, e.getMessage()).error(Errors.EMAIL_SEND_FAILED);
            return false;
        }
        event.success();
        // Keycloak's "Verify email" page, shown next, then does not send a second link.
        authSession.setAuthNote(Constants.VERIFY_EMAIL_KEY, user.getEmail());
        return true;
    }
}
