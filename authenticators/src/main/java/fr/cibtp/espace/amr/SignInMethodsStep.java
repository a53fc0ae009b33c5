package fr.cibtp.espace.amr;

import java.util.List;

import fr.cibtp.espace.secondfactor.SignInMethods;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Keeps in the user session which credential this sign-in checked first (the password, or a passkey), for the
 * {@code amr} claim: Keycloak knows it during the sign-in only. Shows nothing; a sign-in by the session's cookie
 * changes nothing, and a passkey that only passed the step-up is the step-up's.
 */
public class SignInMethodsStep implements Authenticator {

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
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
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
