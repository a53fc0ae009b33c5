package fr.cibtp.espace.amr;

import java.util.List;

import fr.cibtp.espace.flow.SilentStep;
import fr.cibtp.espace.secondfactor.SignInMethods;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Keeps in the user session which credential this sign-in checked first (the password, or a passkey), for the
 * {@code amr} claim: Keycloak knows it during the sign-in only. Shows nothing; a sign-in by the session's cookie
 * changes nothing, and a passkey that only passed the step-up is the step-up's.
 */
public class SignInMethodsStep extends SilentStep {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel signIn = context.getAuthenticationSession();
        List<String> checked = AuthenticatorUtil.getAuthnCredentials(signIn);
        if (checked.contains(PasswordCredentialModel.TYPE)) {
            SignInMethods.PASSWORD.signedIn(signIn);
        } else if (checked.contains(WebAuthnCredentialModel.TYPE_PASSWORDLESS) && !SignInMethods.passkeyWasTheStepUp(signIn)) {
            SignInMethods.PASSKEY.signedIn(signIn);
        }
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
