package fr.cibtp.espace.sms;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Authentication, Required actions: "Certification du numéro de téléphone"; portals start it with kc_action. */
public class PhoneCertificationFactory implements RequiredActionFactory {

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

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
