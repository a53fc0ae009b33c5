package fr.cibtp.espace.registry.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class RegistryEntityProviderFactory implements JpaEntityProviderFactory {

    /** Also names Liquibase's changelog table of these entities. */
    public static final String ID = "cibtp-registry";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return new RegistryEntityProvider();
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
        return ID;
    }
}
