package fr.cibtp.espace.delegation.jpa;

import fr.cibtp.espace.delegation.DelegationProvider;
import fr.cibtp.espace.delegation.DelegationProviderFactory;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class JpaDelegationProviderFactory implements DelegationProviderFactory {

    @Override
    public DelegationProvider create(KeycloakSession session) {
        return new JpaDelegationProvider(session);
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

    @Override
    public String getId() {
        return "jpa";
    }
}
