package fr.cibtp.espace.it.cluster;

import java.nio.file.Path;

import fr.cibtp.espace.dev.Cluster;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The two-node cluster of {@code ./cluster.sh} on a fresh PostgreSQL database, started once for all the cluster test
 * classes and stopped at the end of the run. The daily delegation job checks every 2 seconds instead of 15 minutes.
 */
public final class TwoNodes implements BeforeAllCallback {

    static final String DATABASE = "cibtp_cluster_it";
    static final int JOB_CHECK_SECONDS = 2;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    }

    /** The running cluster, for the test classes extended with this. */
    static Cluster cluster() {
        if (Running.cluster == null) {
            throw new IllegalStateException("extend the test class with TwoNodes");
        }
        return Running.cluster;
    }

    private static Running start() {
        try {
            // Tests run in integration-tests/; the project is its parent.
            Path project = Path.of("").toAbsolutePath().getParent();
            // Ports apart from ./cluster.sh's, which may be running on the same machine; one public address for both
            // nodes, as behind a load balancer (links and tokens name it), the browser being steered to either node.
            Running.cluster = Cluster.start(project, Cluster.Options.defaults().withPortShift(300).freshDatabase(DATABASE)
                    .withNodeOptions("--hostname=http://localhost:8380",
                            "--spi-realm-restapi-extension--cibtp-delegations--expiry-check-interval=" + JOB_CHECK_SECONDS));
            return new Running();
        } catch (Exception e) {
            throw new IllegalStateException("the two Keycloak nodes did not start", e);
        }
    }

    /** Closed by JUnit when the run ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {
        private static Cluster cluster;

        @Override
        public void close() {
            cluster.close();
            cluster = null;
        }
    }
}
