package fr.cibtp.espace.delegation.api;

import fr.cibtp.espace.names.Endpoints;
import fr.cibtp.espace.delegation.RightsCatalogue;
import fr.cibtp.espace.delegation.expiry.DelegationExpiry;
import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

/** {@code /realms/{realm}/cibtp-delegations}: the delegation API. */
public class DelegationResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = Endpoints.DELEGATIONS;
    /** Seconds between two ticks of the daily job's timer on each node (option {@code expiry-check-interval}). */
    static final long DEFAULT_CHECK_SECONDS = 15 * 60;
    /** The shipped catalogue, read once: configuration, the same on every node. */
    private RightsCatalogue catalogue;
    private long checkMillis;

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
        checkMillis = Math.max(1, config.getLong("expiry-check-interval", DEFAULT_CHECK_SECONDS)) * 1000;
    }

    /**
     * The daily delegation job: every node checks every {@code expiry-check-interval} seconds, one at a time (Keycloak's
     * cluster-aware timer), and the first check of a caisse day does the day's work; so a node restarted every day
     * still runs it, and two nodes do not both run it.
     */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                .schedule(new ClusterAwareScheduledTaskRunner(factory, new DelegationExpiry(), checkMillis), checkMillis, "cibtp-delegation-expiry"));
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create().property().name("expiry-check-interval").type("long")
                .helpText("Seconds between two checks of the daily delegation job on each node; the job runs at the first check of each day.")
                .defaultValue(DEFAULT_CHECK_SECONDS).add().build();
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
