package fr.cibtp.espace.emailchange;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Authentication → Required actions: "Modifier l'adresse électronique", started by portals with kc_action. */
public class EmailChangeActionFactory implements RequiredActionFactory {

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
