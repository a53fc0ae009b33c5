package fr.cibtp.espace.email;

import fr.cibtp.espace.flow.SilentStep;
import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserModel;

/**
 * A step placed right after Keycloak's "Send reset email" in the "cibtp reset credentials" flow: the flow only gets
 * here through the link of that email, so the account has just proved it reads its address. Records when.
 */
public class EmailLinkFollowed extends SilentStep {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        user.setEmailVerified(true);
        EmailCertification.certify(user, CaisseClock.now());
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
