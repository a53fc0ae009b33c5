package fr.cibtp.espace.emailchange;

import fr.cibtp.espace.flow.RequiredActionStepFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;

/** Authentication → Required actions: "Modifier l'adresse électronique", started by portals with kc_action. */
public class EmailChangeActionFactory extends RequiredActionStepFactory {

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new EmailChangeAction();
    }

    @Override
    public String getId() {
        return EmailChangeAction.ID;
    }

    @Override
    public String getDisplayText() {
        return "Modifier l'adresse électronique";
    }
}
