package fr.cibtp.espace.registry.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                DepartementBackfill.run(factory);
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                forgetUser(removed.getKeycloakSession(), removed.getUser());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                forgetRealm(removed.getKeycloakSession(), removed.getRealm());
            }
        });
    }

    /** The account's links go, and the précomptes it held say whether someone else still holds them. */
    private static void forgetUser(KeycloakSession session, UserModel user) {
        jakarta.persistence.EntityManager em = entityManager(session);
        List<Object[]> held = em.createNamedQuery(AccountLinkEntity.HELD_BY_ACCOUNT, Object[].class).setParameter("user", user.getId())
                .setParameter("kinds", LinkKind.stored(LinkKind.HOLDING)).getResultList();
        em.createNamedQuery(AccountLinkEntity.DELETE_ACCOUNT).setParameter("user", user.getId()).executeUpdate();
        PrecompteStates states = new PrecompteStates(em);
        Map<List<String>, List<String>> byRealmAndKind = new HashMap<>();
        for (Object[] link : held) {
            byRealmAndKind.computeIfAbsent(List.of((String) link[0], (String) link[1]), k -> new ArrayList<>()).add((String) link[2]);
        }
        byRealmAndKind.forEach((realmAndKind, identifiants) -> LinkKind.fromStored(realmAndKind.get(1)).flatMap(LinkKind::precompte)
                .ifPresent(kind -> states.released(realmAndKind.get(0), kind, identifiants)));
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
