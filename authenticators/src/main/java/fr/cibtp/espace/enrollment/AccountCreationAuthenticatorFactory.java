package fr.cibtp.espace.enrollment;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Enrollment flow, step 2/2: creates the account and sends its activation email. */
public class AccountCreationAuthenticatorFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-enrollment-account";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new AccountCreationAuthenticator();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP enrollment: account (step 2/2)";
    }

    @Override
    public String getReferenceCategory() {
        return "cibtp-enrollment";
    }

    @Override
    public String getHelpText() {
        return "Creates the account, uses the provisional code, links the précompte and sends the activation email.";
    }
}
