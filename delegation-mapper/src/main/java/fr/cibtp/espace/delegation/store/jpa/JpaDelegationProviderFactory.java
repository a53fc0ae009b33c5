package fr.cibtp.espace.delegation.store.jpa;

import fr.cibtp.espace.delegation.invitation.InvitedAccounts;
import fr.cibtp.espace.delegation.store.DelegationProvider;
import fr.cibtp.espace.delegation.store.DelegationProviderFactory;
import fr.cibtp.espace.delegation.store.HoldingEnd;
import fr.cibtp.espace.registry.HolderRemoval;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

public class JpaDelegationProviderFactory implements DelegationProviderFactory {

    @Override
    public DelegationProvider create(KeycloakSession session) {
        return new JpaDelegationProvider(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    /** No delegation may point at a removed user or realm, nor outlive the holding it was made from. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                // What the user received goes, and with it what was passed on from it.
                removed.getKeycloakSession().getProvider(DelegationProvider.class).forgetGrantee(removed.getRealm(), removed.getUser().getId());
                InvitedAccounts.forget(removed.getKeycloakSession(), removed.getRealm(), removed.getUser().getId());
            } else if (event instanceof HolderRemoval.Removed removed) {
                HoldingEnd.close(removed);
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                InvitedAccounts.forgetRealm(removed.getKeycloakSession(), removed.getRealm());
                removed.getKeycloakSession().getProvider(JpaConnectionProvider.class).getEntityManager()
                        .createQuery("delete from CibtpDelegation d where d.realmId = :realm")
                        .setParameter("realm", removed.getRealm().getId()).executeUpdate();
            }
        });
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return "jpa";
    }
}
