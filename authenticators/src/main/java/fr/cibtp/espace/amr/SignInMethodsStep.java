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

/**
 * Keeps in the user session which credentials this sign-in checked (the password, a passkey), for the {@code amr}
 * claim: Keycloak knows them during the sign-in only. Shows nothing; a sign-in by the session's cookie adds nothing.
 */
public class SignInMethodsStep implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        List<String> checked = AuthenticatorUtil.getAuthnCredentials(context.getAuthenticationSession());
        if (checked.contains(PasswordCredentialModel.TYPE)) {
            SignInMethods.PASSWORD.proved(context.getAuthenticationSession());
        }
        if (checked.contains(WebAuthnCredentialModel.TYPE_PASSWORDLESS)) {
            SignInMethods.PASSKEY.proved(context.getAuthenticationSession());
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
