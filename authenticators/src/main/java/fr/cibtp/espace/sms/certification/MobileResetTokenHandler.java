package fr.cibtp.espace.sms.certification;

import java.util.Objects;

import jakarta.ws.rs.core.Response;

import fr.cibtp.espace.accounts.AccountSessions;
import fr.cibtp.espace.sms.PhoneNumbers;
import org.keycloak.TokenVerifier.Predicate;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;

/**
 * The click on "Je n'ai plus accès à ce mobile"'s link, in the certified mailbox it was sent to (a link sent before
 * the address changed is void): the lost mobile stops being certified, every session of the account ends, its number
 * and the email are told, and the next sign-in asks for the new mobile. Proof of the mailbox
 * on top of the password, and a notice on both channels, stand in for the code the lost phone can no longer receive.
 */
public class MobileResetTokenHandler extends AbstractActionTokenHandler<MobileResetToken> {

    public MobileResetTokenHandler() {
        super(MobileResetToken.TOKEN_TYPE, MobileResetToken.class, "cibtpMobileResetLinkInvalid", EventType.CUSTOM_REQUIRED_ACTION,
                Errors.INVALID_TOKEN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Predicate<? super MobileResetToken>[] getVerifiers(ActionTokenContext<MobileResetToken> context) {
        return TokenUtils.predicates(TokenUtils.checkThat(token -> {
            UserModel user = context.getAuthenticationSession().getAuthenticatedUser();
            return Objects.equals(Mobiles.certified(user), token.getMobile()) && token.getEmail() != null
                    && token.getEmail().equalsIgnoreCase(user.getEmail());
        }, Errors.INVALID_TOKEN, getDefaultErrorMessage()));
    }

    @Override
    public boolean canUseTokenRepeatedly(MobileResetToken token, ActionTokenContext<MobileResetToken> context) {
        return false;
    }

    @Override
    public Response handleToken(MobileResetToken token, ActionTokenContext<MobileResetToken> context) {
        UserModel user = context.getAuthenticationSession().getAuthenticatedUser();
        Mobiles.uncertify(user);
        user.addRequiredAction(PhoneCertification.ID);
        // Whoever holds the lost phone may hold a signed-in session too: every one ends, offline ones included.
        int ended = AccountSessions.endAll(context.getSession(), context.getRealm(), user, context.getAuthenticationSession());
        context.getEvent().user(user).detail("custom_required_action", PhoneCertification.ID).detail("cibtp_sms", "mobile_reset")
                .detail("phone", PhoneNumbers.masked(token.getMobile())).detail("sessions_ended", String.valueOf(ended)).success();
        Mobiles.tellOfChange(context.getSession(), context.getRealm(), user, token.getMobile(), null);
        LoginFormsProvider page = context.getSession().getProvider(LoginFormsProvider.class)
                .setAuthenticationSession(context.getAuthenticationSession());
        return page.setSuccess("cibtpMobileResetDone").createInfoPage();
    }
}
