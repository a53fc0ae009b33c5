package fr.cibtp.espace.schema;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * One module's tables in Keycloak's database: its JPA entities, created and upgraded by its own Liquibase changelog,
 * whose progress Keycloak keeps in a changelog table named after {@link #getId()}.
 */
public abstract class ModuleTables implements JpaEntityProviderFactory {

    private final String id;
    private final String changelog;
    private final List<Class<?>> entities;

    protected ModuleTables(String id, String changelog, Class<?>... entities) {
        this.id = id;
        this.changelog = changelog;
        this.entities = List.of(entities);
    }

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return new JpaEntityProvider() {
            @Override
            public List<Class<?>> getEntities() {
                return entities;
            }

            @Override
            public String getChangelogLocation() {
                return changelog;
            }

            @Override
            public String getFactoryId() {
                return id;
            }

            @Override
            public void close() {
            }
        };
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
        return id;
    }
}
