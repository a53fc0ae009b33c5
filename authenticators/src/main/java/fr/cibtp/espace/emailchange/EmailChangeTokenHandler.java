package fr.cibtp.espace.emailchange;

import java.util.Objects;

import jakarta.ws.rs.core.Response;

import org.keycloak.TokenVerifier.Predicate;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The click on the link sent to the new address: the change takes effect (email, and username since the email is
 * the username), the address is certified (UPDATE_EMAIL event), the old address is told with a link that undoes it,
 * the account is usable again. A change proved by the password alone waits for its old address first (it takes effect
 * when the old address confirms, or at the next sign-in after {@code email-change-delay-hours}). A link of a cancelled
 * or superseded change, or used twice, is refused.
 */
public class EmailChangeTokenHandler extends AbstractActionTokenHandler<EmailChangeToken> {

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
        String oldEmail = user.getEmail();
        String newEmail = token.getNewEmail();
        if (!EmailChange.due(realm, user)) {
            // Proved by the password alone: the old address keeps its chance to cancel.
            user.setSingleAttribute(EmailChange.NEW_CONFIRMED, "true");
            context.getEvent().event(EventType.CUSTOM_REQUIRED_ACTION).user(user).detail("custom_required_action", EmailChangeAction.ID)
                    .detail("cibtp_email_change", "waiting_for_old_address").detail(Details.UPDATED_EMAIL, newEmail).success();
            return page.setAttribute("messageHeader", "cibtpEmailChangeWaitingTitle").setSuccess("cibtpEmailChangeWaiting", newEmail,
                    ChangeDates.format(session, user, EmailChange.effectiveAt(realm, user))).createInfoPage();
        }
        if (!EmailChange.apply(session, realm, user, context.getAuthenticationSession(), context.getUriInfo())) {
            context.getEvent().user(user).error(Errors.EMAIL_IN_USE);
            return page.setError("cibtpEmailChangeInUse").createErrorPage(Response.Status.BAD_REQUEST);
        }
        context.getEvent().user(user).detail(Details.PREVIOUS_EMAIL, oldEmail).detail(Details.UPDATED_EMAIL, newEmail).success();
        return page.setAttribute("messageHeader", "cibtpEmailChangeDoneTitle").setSuccess("cibtpEmailChangeDone", newEmail).createInfoPage();
    }
}
