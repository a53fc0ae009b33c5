package fr.cibtp.espace.sms.certification;

import fr.cibtp.espace.flow.RequiredActionStepFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;

/** Authentication, Required actions: "Certification du numéro de téléphone"; portals start it with kc_action. */
public class PhoneCertificationFactory extends RequiredActionStepFactory {

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new PhoneCertification();
    }

    @Override
    public String getId() {
        return PhoneCertification.ID;
    }

    @Override
    public String getDisplayText() {
        return "Certification du numéro de téléphone (SMS)";
    }
}
