package fr.cibtp.espace.enrollment;

import fr.cibtp.espace.email.VerifyEmailLink;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;

/** The activation email of a new account: the verify-email link, sent at the end of step 2. */
final class ActivationEmail {

    private ActivationEmail() {
    }

    /** Sends the link; false when the mail server refused it (recorded as an event, the user is told). */
    static boolean send(AuthenticationFlowContext context, UserModel user) {
        boolean sent = VerifyEmailLink.send(context.getSession(), context.getRealm(), user, context.getAuthenticationSession(),
                context.getUriInfo(), context.getEvent());
        if (sent) {
            // Keycloak's "Verify email" page, shown next, then does not send a second link.
            context.getAuthenticationSession().setAuthNote(Constants.VERIFY_EMAIL_KEY, user.getEmail());
        }
        return sent;
    }
}
