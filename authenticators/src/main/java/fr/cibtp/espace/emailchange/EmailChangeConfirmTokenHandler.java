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
import org.keycloak.models.UserModel;

/**
 * The old address confirms the change of an account without a certified mobile: it takes effect at once if the new
 * address's link was clicked already, or as soon as it is.
 */
public class EmailChangeConfirmTokenHandler extends AbstractActionTokenHandler<EmailChangeConfirmToken> {

    public EmailChangeConfirmTokenHandler() {
        super(EmailChangeConfirmToken.TOKEN_TYPE, EmailChangeConfirmToken.class, "cibtpEmailChangeLinkInvalid",
                EventType.CUSTOM_REQUIRED_ACTION, Errors.INVALID_TOKEN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Predicate<? super EmailChangeConfirmToken>[] getVerifiers(ActionTokenContext<EmailChangeConfirmToken> context) {
        return TokenUtils.predicates(TokenUtils.checkThat(token -> {
            UserModel user = context.getAuthenticationSession().getAuthenticatedUser();
            return Objects.equals(user.getEmail(), token.getOldEmail()) && Objects.equals(EmailChange.pending(user), token.getNewEmail());
        }, Errors.INVALID_TOKEN, getDefaultErrorMessage()));
    }

    @Override
    public boolean canUseTokenRepeatedly(EmailChangeConfirmToken token, ActionTokenContext<EmailChangeConfirmToken> context) {
        return false;
    }

    @Override
    public Response handleToken(EmailChangeConfirmToken token, ActionTokenContext<EmailChangeConfirmToken> context) {
        UserModel user = context.getAuthenticationSession().getAuthenticatedUser();
        String oldEmail = user.getEmail();
        user.setSingleAttribute(EmailChange.OLD_CONFIRMED, "true");
        LoginFormsProvider page = context.getSession().getProvider(LoginFormsProvider.class)
                .setAuthenticationSession(context.getAuthenticationSession());
        boolean applied = EmailChange.newConfirmed(user)
                && EmailChange.apply(context.getSession(), context.getRealm(), user, context.getAuthenticationSession(), context.getUriInfo());
        if (applied) {
            // The address changed (its link was clicked before): the event that certifies it, as for a change at once.
            context.getEvent().clone().event(EventType.UPDATE_EMAIL).user(user).detail(Details.PREVIOUS_EMAIL, oldEmail)
                    .detail(Details.UPDATED_EMAIL, token.getNewEmail()).success();
        }
        context.getEvent().user(user).detail("custom_required_action", EmailChangeAction.ID)
                .detail("cibtp_email_change", applied ? "confirmed_by_old_address_and_done" : "confirmed_by_old_address")
                .detail(Details.UPDATED_EMAIL, token.getNewEmail()).success();
        return applied
                ? page.setAttribute("messageHeader", "cibtpEmailChangeDoneTitle").setSuccess("cibtpEmailChangeDone", token.getNewEmail())
                        .createInfoPage()
                : page.setAttribute("messageHeader", "cibtpEmailChangeOldConfirmedTitle")
                        .setSuccess("cibtpEmailChangeOldConfirmed", token.getNewEmail()).createInfoPage();
    }
}
