package fr.cibtp.espace.registry.jpa;

import fr.cibtp.espace.registry.RegistryProvider;
import fr.cibtp.espace.registry.RegistryProviderFactory;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.PostMigrationEvent;

public class JpaRegistryProviderFactory implements RegistryProviderFactory {

    public static final String ID = "jpa";

    @Override
    public RegistryProvider create(KeycloakSession session) {
        return new JpaRegistryProvider(session);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // No row may point at a removed user or realm.
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                SortKeyBackfill.run(factory);
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                forgetUser(removed.getKeycloakSession(), removed.getUser());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                forgetRealm(removed.getKeycloakSession(), removed.getRealm());
            }
        });
    }

    private static void forgetUser(KeycloakSession session, UserModel user) {
        entityManager(session).createQuery("delete from CibtpAccountLink l where l.userId = :user")
                .setParameter("user", user.getId()).executeUpdate();
    }

    private static void forgetRealm(KeycloakSession session, RealmModel realm) {
        for (Class<?> entity : RegistryTables.ALL) {
            RegistryTables.deleteRealm(entityManager(session), entity, realm.getId());
        }
    }

    private static jakarta.persistence.EntityManager entityManager(KeycloakSession session) {
        return session.getProvider(org.keycloak.connections.jpa.JpaConnectionProvider.class).getEntityManager();
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
