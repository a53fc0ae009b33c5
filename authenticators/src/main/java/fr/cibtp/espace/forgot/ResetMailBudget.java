package fr.cibtp.espace.forgot;

import fr.cibtp.espace.email.MailBudget;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.messages.Messages;

/**
 * Before Keycloak mails a password reset link: once the account's mails of the day are used up
 * ({@code user-mails-per-day}), the page says "sent", as it does for an unknown address, and nothing is sent.
 */
public class ResetMailBudget implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null || MailBudget.take(context.getSession(), context.getRealm(), user)) {
            context.success();
            return;
        }
        context.getEvent().clone().user(user).detail(Details.USERNAME, user.getUsername()).error("cibtp_user_mails_per_day");
        context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
