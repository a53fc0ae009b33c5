package fr.cibtp.espace.notifications;

import fr.cibtp.espace.flow.RequiredActionStepFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;

/** Authentication, Required actions: "Notification des documents"; Mon compte starts it with kc_action. */
public class DocumentNoticesActionFactory extends RequiredActionStepFactory {

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new DocumentNoticesAction();
    }

    @Override
    public String getId() {
        return DocumentNoticesAction.ID;
    }

    @Override
    public String getDisplayText() {
        return "Notification des documents";
    }
}
