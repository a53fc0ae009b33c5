package fr.cibtp.espace.emailchange;

import java.util.Objects;

import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.accounts.AccountSessions;
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
 * The link of the "changed" notice, clicked in the old mailbox: the old address comes back (a change made with a
 * stolen password is undone by whoever holds the mailbox), every session of the account ends, and the page says to
 * change the password.
 */
public class EmailChangeUndoTokenHandler extends AbstractActionTokenHandler<EmailChangeUndoToken> {

    public EmailChangeUndoTokenHandler() {
        super(EmailChangeUndoToken.TOKEN_TYPE, EmailChangeUndoToken.class, "cibtpEmailChangeLinkInvalid", EventType.UPDATE_EMAIL,
                Errors.INVALID_TOKEN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Predicate<? super EmailChangeUndoToken>[] getVerifiers(ActionTokenContext<EmailChangeUndoToken> context) {
        return TokenUtils.predicates(TokenUtils.checkThat(token -> Objects.equals(
                context.getAuthenticationSession().getAuthenticatedUser().getEmail(), token.getNewEmail()),
                Errors.INVALID_TOKEN, getDefaultErrorMessage()));
    }

    @Override
    public boolean canUseTokenRepeatedly(EmailChangeUndoToken token, ActionTokenContext<EmailChangeUndoToken> context) {
        return false;
    }

    @Override
    public Response handleToken(EmailChangeUndoToken token, ActionTokenContext<EmailChangeUndoToken> context) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getAuthenticationSession().getAuthenticatedUser();
        LoginFormsProvider page = session.getProvider(LoginFormsProvider.class).setAuthenticationSession(context.getAuthenticationSession());
        if (session.users().getUserByEmail(realm, token.getOldEmail()) != null) {
            context.getEvent().user(user).error(Errors.EMAIL_IN_USE);
            return page.setError("cibtpEmailChangeInUse").createErrorPage(Response.Status.BAD_REQUEST);
        }
        user.setEmail(token.getOldEmail());
        if (realm.isRegistrationEmailAsUsername()) {
            user.setUsername(token.getOldEmail());
        }
        user.setEmailVerified(true);
        EmailChange.clear(user);
        AccountSessions.endAll(session, realm, user);
        context.getEvent().user(user).detail(Details.PREVIOUS_EMAIL, token.getNewEmail()).detail(Details.UPDATED_EMAIL, token.getOldEmail())
                .detail("cibtp_email_change", "undone_by_old_address").success();
        return page.setAttribute("messageHeader", "cibtpEmailChangeUndoneTitle").setSuccess("cibtpEmailChangeUndone", token.getOldEmail())
                .createInfoPage();
    }
}
