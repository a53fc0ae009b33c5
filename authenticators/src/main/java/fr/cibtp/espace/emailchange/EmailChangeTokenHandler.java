package fr.cibtp.espace.emailchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.TokenVerifier.Predicate;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The click on the link sent to the new address: the change takes effect (email, and username since the email is
 * the username), the address is certified (UPDATE_EMAIL event), the old address is told, the account is usable again.
 * A link of a cancelled or superseded change, or used twice, is refused.
 */
public class EmailChangeTokenHandler extends AbstractActionTokenHandler<EmailChangeToken> {

    private static final Logger LOG = Logger.getLogger(EmailChangeTokenHandler.class);

    public EmailChangeTokenHandler() {
        super(EmailChangeToken.TOKEN_TYPE, EmailChangeToken.class, "cibtpEmailChangeLinkInvalid", EventType.UPDATE_EMAIL, Errors.INVALID_TOKEN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Predicate<? super EmailChangeToken>[] getVerifiers(ActionTokenContext<EmailChangeToken> context) {
        return TokenUtils.predicates(TokenUtils.checkThat(token -> {
            UserModel user = context.getAuthenticationSession().getAuthenticatedUser();
            return Objects.equals(user.getEmail(), token.getOldEmail()) && Objects.equals(EmailChange.pending(user), token.getNewEmail());
        }, Errors.INVALID_TOKEN, getDefaultErrorMessage()));
    }

    @Override
    public boolean canUseTokenRepeatedly(EmailChangeToken token, ActionTokenContext<EmailChangeToken> context) {
        return false;
    }

    @Override
    public Response handleToken(EmailChangeToken token, ActionTokenContext<EmailChangeToken> context) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getAuthenticationSession().getAuthenticatedUser();
        LoginFormsProvider page = session.getProvider(LoginFormsProvider.class).setAuthenticationSession(context.getAuthenticationSession());
        String newEmail = token.getNewEmail();
        if (session.users().getUserByEmail(realm, newEmail) != null) {
            context.getEvent().user(user).error(Errors.EMAIL_IN_USE);
            return page.setError("cibtpEmailChangeInUse").createErrorPage(Response.Status.BAD_REQUEST);
        }
        String oldEmail = user.getEmail();
        user.setEmail(newEmail);
        if (realm.isRegistrationEmailAsUsername()) {
            user.setUsername(newEmail);
        }
        user.setEmailVerified(true);
        user.removeAttribute(EmailChange.PENDING);
        user.removeRequiredAction(EmailChangeAction.ID);
        context.getEvent().user(user).detail(Details.PREVIOUS_EMAIL, oldEmail).detail(Details.UPDATED_EMAIL, newEmail).success();
        tellOldAddress(session, realm, user, oldEmail, newEmail);
        return page.setSuccess("cibtpEmailChangeDone", newEmail).createInfoPage();
    }

    private static void tellOldAddress(KeycloakSession session, RealmModel realm, UserModel user, String oldEmail, String newEmail) {
        try {
            // A mutable map: the template provider adds its own attributes to it.
            Map<String, Object> attributes = new HashMap<>(Map.of("oldEmail", oldEmail, "newEmail", newEmail));
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send("cibtpEmailChangedSubject", "cibtp-email-changed.ftl", attributes, oldEmail);
        } catch (EmailException e) {
            // The change stands; the old address misses its notice, as the event log shows.
            LOG.warnf("Notice of an email change not sent to the old address of user %s: %s", user.getId(), e.getMessage());
        }
    }
}
