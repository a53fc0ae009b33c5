package fr.cibtp.espace.email;

import fr.cibtp.espace.flow.RequiredActionStepFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;

/** Authentication → Required actions: "Re-certification de l'adresse électronique"; period and grace: CIBTP tab. */
public class EmailRecertificationFactory extends RequiredActionStepFactory {

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new EmailRecertification();
    }

    @Override
    public String getId() {
        return EmailRecertification.ID;
    }

    @Override
    public String getDisplayText() {
        return "Re-certification de l'adresse électronique";
    }
}
