package fr.cibtp.espace.forgot;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Authentication flows: "CIBTP forgot password: situation", first step of the "cibtp reset credentials" flow. */
public class ForgotPasswordChooserFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-forgot-chooser";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ForgotPasswordChooser();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP forgot password: situation";
    }

    @Override
    public String getReferenceCategory() {
        return "cibtp-forgot";
    }

    @Override
    public String getHelpText() {
        return "Asks whether the space exists (reset by email follows) or the code was lost (a code request by post is queued).";
    }
}
