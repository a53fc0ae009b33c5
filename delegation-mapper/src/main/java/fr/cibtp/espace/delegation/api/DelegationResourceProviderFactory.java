package fr.cibtp.espace.delegation.api;

import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.expiry.DelegationExpiry;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

/** {@code /realms/{realm}/cibtp-delegations}: the delegation API. */
public class DelegationResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "cibtp-delegations";
    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
    /** The shipped catalogue, read once: configuration, the same on every node. */
    private RightsCatalogue catalogue;

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new DelegationResource(session, catalogue);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        catalogue = RightsCatalogue.shipped();
    }

    /** The daily delegation job, on one node of the cluster at a time (Keycloak's cluster-aware timer). */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                .schedule(new ClusterAwareScheduledTaskRunner(factory, new DelegationExpiry(), DAY_MILLIS), DAY_MILLIS, "cibtp-delegation-expiry"));
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
