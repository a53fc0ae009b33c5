package fr.cibtp.espace.proconnect;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.PasswordCredentialModel;

/** Authentication flows: "CIBTP ProConnect link (password)", the first-login flow of the ProConnect identity provider. */
public class ProConnectLinkFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-proconnect-link";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ProConnectLink();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP ProConnect link (password)";
    }

    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
    }

    @Override
    public String getHelpText() {
        return "Links a ProConnect identity to an enrolled account once the person types that account's email and password; never by email alone.";
    }
}
