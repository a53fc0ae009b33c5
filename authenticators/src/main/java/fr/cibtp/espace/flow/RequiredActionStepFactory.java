package fr.cibtp.espace.flow;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * What our required actions' factories have in common: nothing to read at start-up, nothing to release. A factory
 * names its action, gives the admin console's label and creates the (stateless) action.
 */
public abstract class RequiredActionStepFactory implements RequiredActionFactory {

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
