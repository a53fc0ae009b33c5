package fr.cibtp.espace.email;

import java.util.Objects;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.requiredactions.VerifyEmail;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;

/**
 * Keycloak's "Verify email" action with the account's mails of the day ({@code user-mails-per-day}): the activation
 * link it sends at a sign-in, and again on "Cliquez ici pour en recevoir un nouveau", each take one; beyond, the page
 * says so and sends nothing. It replaces Keycloak's own action (same id, higher order) and changes nothing else.
 */
public class CappedVerifyEmail extends VerifyEmail {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (sendsNow(context) && !MailBudget.take(context.getSession(), context.getRealm(), context.getUser())) {
            refuse(context);
            return;
        }
        super.requiredActionChallenge(context);
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (!MailBudget.take(context.getSession(), context.getRealm(), context.getUser())) {
            refuse(context);
            return;
        }
        super.processAction(context);
    }

    /** Keycloak sends the link when its page opens, unless this sign-in sent it already. */
    private static boolean sendsNow(RequiredActionContext context) {
        UserModel user = context.getUser();
        return !user.isEmailVerified()
                && !Objects.equals(context.getAuthenticationSession().getAuthNote(Constants.VERIFY_EMAIL_KEY), user.getEmail());
    }

    private static void refuse(RequiredActionContext context) {
        UserModel user = context.getUser();
        // As if sent in this sign-in, so that showing the page again does not try again.
        context.getAuthenticationSession().setAuthNote(Constants.VERIFY_EMAIL_KEY, user.getEmail());
        context.getEvent().clone().event(EventType.SEND_VERIFY_EMAIL).user(user).error("cibtp_user_mails_per_day");
        context.challenge(context.form().setError("cibtpUserMailsPerDayReached")
                .createResponse(UserModel.RequiredAction.VERIFY_EMAIL));
    }
}
