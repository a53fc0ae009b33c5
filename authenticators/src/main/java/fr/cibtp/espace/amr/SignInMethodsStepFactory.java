package fr.cibtp.espace.amr;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Authentication flows: "CIBTP sign-in methods (amr)", after the sign-in in the browser flow. */
public class SignInMethodsStepFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-sign-in-methods";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new SignInMethodsStep();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP sign-in methods (amr)";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public String getHelpText() {
        return "Keeps which credentials the sign-in checked (password, passkey) for the amr claim of the tokens.";
    }
}
