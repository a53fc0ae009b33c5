package fr.cibtp.espace.email;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Authentication → Required actions: "Re-certification de l'adresse électronique"; period and grace: CIBTP tab. */
public class EmailRecertificationFactory implements RequiredActionFactory {

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
