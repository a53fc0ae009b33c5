package fr.cibtp.espace.sitechoice;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Authentication flows: "CIBTP site choice", after the sign-in in the "cibtp browser" flow. */
public class SiteChoiceAuthenticatorFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-site-choice";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new SiteChoiceAuthenticator();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP site choice";
    }

    @Override
    public String getReferenceCategory() {
        return "cibtp-site";
    }

    @Override
    public String getHelpText() {
        return "Lets the user choose the site déclarant they act for (silently when they hold one), for the token's cibtp claim.";
    }
}
