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
import org.keycloak.models.UserModel;

/**
 * The click on "annuler ce changement" in the mail to the old address: the change that was asked is cancelled, the
 * account keeps its address and is usable again, and every session opened meanwhile is ended.
 */
public class EmailChangeCancelTokenHandler extends AbstractActionTokenHandler<EmailChangeCancelToken> {

    public EmailChangeCancelTokenHandler() {
        super(EmailChangeCancelToken.TOKEN_TYPE, EmailChangeCancelToken.class, "cibtpEmailChangeLinkInvalid",
                EventType.CUSTOM_REQUIRED_ACTION, Errors.INVALID_TOKEN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Predicate<? super EmailChangeCancelToken>[] getVerifiers(ActionTokenContext<EmailChangeCancelToken> context) {
        return TokenUtils.predicates(TokenUtils.checkThat(token -> {
            UserModel user = context.getAuthenticationSession().getAuthenticatedUser();
            return Objects.equals(user.getEmail(), token.getOldEmail()) && Objects.equals(EmailChange.pending(user), token.getNewEmail());
        }, Errors.INVALID_TOKEN, getDefaultErrorMessage()));
    }

    @Override
    public boolean canUseTokenRepeatedly(EmailChangeCancelToken token, ActionTokenContext<EmailChangeCancelToken> context) {
        return false;
    }

    @Override
    public Response handleToken(EmailChangeCancelToken token, ActionTokenContext<EmailChangeCancelToken> context) {
        UserModel user = context.getAuthenticationSession().getAuthenticatedUser();
        EmailChange.clear(user);
        AccountSessions.endAll(context.getSession(), context.getRealm(), user);
        context.getEvent().user(user).detail("custom_required_action", EmailChangeAction.ID)
                .detail("cibtp_email_change", "cancelled_by_old_address").detail(Details.UPDATED_EMAIL, token.getNewEmail()).success();
        return context.getSession().getProvider(LoginFormsProvider.class)
                .setAuthenticationSession(context.getAuthenticationSession())
                .setAttribute("messageHeader", "cibtpEmailChangeCancelledTitle")
                .setSuccess("cibtpEmailChangeCancelledByLink", token.getOldEmail()).createInfoPage();
    }
}
