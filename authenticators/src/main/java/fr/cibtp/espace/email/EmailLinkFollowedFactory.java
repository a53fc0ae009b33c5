package fr.cibtp.espace.email;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Authentication flows: "CIBTP email certified by its link", after "Send reset email" in "cibtp reset credentials". */
public class EmailLinkFollowedFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-email-link-followed";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new EmailLinkFollowed();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP email certified by its link";
    }

    @Override
    public String getReferenceCategory() {
        return "cibtp-email";
    }

    @Override
    public String getHelpText() {
        return "Records the date the account's email was certified; place it right after a step that sends an email link.";
    }
}
