package fr.cibtp.espace.proconnect;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Authentication flows: "CIBTP ProConnect sign-in (site, level)", the first-login flow of the ProConnect identity provider. */
public class ProConnectSignInFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-proconnect-sign-in";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ProConnectSignIn();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP ProConnect sign-in (site, level)";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public String getHelpText() {
        return "After a ProConnect sign-in: the first level of authentication, and the site of ProConnect's siret chosen first.";
    }
}
