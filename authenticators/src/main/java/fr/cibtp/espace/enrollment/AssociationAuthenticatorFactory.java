package fr.cibtp.espace.enrollment;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Enrollment flow, association of a site with an existing account. */
public class AssociationAuthenticatorFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-enrollment-association";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new AssociationAuthenticator();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP enrollment: association with an existing account";
    }

    @Override
    public String getReferenceCategory() {
        return "cibtp-enrollment";
    }

    @Override
    public String getHelpText() {
        return "Checks the email and password of an existing account and links the site accepted at step 1 to it.";
    }
}
