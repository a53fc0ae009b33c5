package fr.cibtp.espace.enrollment;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Enrollment flow, step 1/2: identifiant, SIRET and provisional code checked against the registry. */
public class IdentificationAuthenticatorFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-enrollment-identification";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new IdentificationAuthenticator();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP enrollment: identification (step 1/2)";
    }

    @Override
    public String getReferenceCategory() {
        return "cibtp-enrollment";
    }

    @Override
    public String getHelpText() {
        return "Checks the identifiant CIBTP, the SIRET and the provisional code from the postal letters.";
    }
}
