package fr.cibtp.espace.enrollment;

import fr.cibtp.espace.flow.RequiredStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/** Enrollment flow, first step: "Aide à la création de votre espace sécurisé". */
public class QuestionnaireAuthenticatorFactory extends RequiredStepFactory {

    public static final String ID = "cibtp-enrollment-questionnaire";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new QuestionnaireAuthenticator();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "CIBTP enrollment: questionnaire";
    }

    @Override
    public String getReferenceCategory() {
        return "cibtp-enrollment";
    }

    @Override
    public String getHelpText() {
        return "Asks whether the person is an adhérent, a cabinet comptable or a salarié, and warns cabinets.";
    }
}
