package fr.cibtp.espace.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * Keycloak as caisses run it, on this machine: nodes of the same distribution with this project's providers, built
 * once for PostgreSQL, sharing one database and clustered through it; with the mail catcher and the SMS stand-in of
 * the dev server on ports of their own. The installation and logs live in {@code .cluster/}.
 */
public final class Cluster implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Cluster.class);
    /** Build options: what {@code kc.sh build} fixes; the nodes then start with {@code --optimized}. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--features=declarative-ui");
    private static final Duration VIEW_TIMEOUT = Duration.ofSeconds(60);

    /**
     * @param nodes       how many nodes (1 or 2)
     * @param shift       what the ports add to the dev server's: with 100, node a on 8180 (management 9100, cluster
     *                    7900), node b on 8280 (9200, 8000), the mail catcher on 3125 and 8125, the SMS stand-in on 8126
     * @param database    the PostgreSQL database on 127.0.0.1:5432, created when missing
     * @param fresh       drops the database first
     * @param nodeOptions more {@code kc.sh start} options for every node
     * @param release     an unpacked release artifact ({@code scripts/release}) whose jars and realm file the nodes run
     *                    instead of this checkout's; null for this checkout
     * @param together    starts the nodes at the same moment, as after an upgrade, instead of one after the other
     * @param home        the folder of {@code .cluster/} holding the nodes' Keycloak: two clusters running at once need
     *                    two (each node keeps its transaction log there)
     * @param server      the PostgreSQL server, {@code host:port}: the machine's, whose databases the cluster prepares,
     *                    or another one whose database the caller made
     */
    public record Options(int nodes, int shift, String database, boolean fresh, List<String> nodeOptions, Path release,
                          boolean together, String home, String server) {
        static final String MACHINE_POSTGRES = "127.0.0.1:5432";

        public static Options defaults() {
            return new Options(2, 100, "cibtp_cluster", false, List.of(), null, false, "", MACHINE_POSTGRES);
        }

        public Options withNodes(int count) {
            return new Options(count, shift, database, fresh, nodeOptions, release, together, home, server);
        }

        /** Ports moved by {@code shift} from the dev server's, so that two clusters can run side by side. */
        public Options withPortShift(int ports) {
            return new Options(nodes, ports, database, fresh, nodeOptions, release, together, home, server);
        }

        public Options freshDatabase(String name) {
            return new Options(nodes, shift, name, true, nodeOptions, release, together, home, server);
        }

        /** The existing database {@code name}, kept as it is. */
        public Options database(String name) {
            return new Options(nodes, shift, name, false, nodeOptions, release, together, home, server);
        }

        public Options withNodeOptions(String... options) {
            List<String> all = new ArrayList<>(nodeOptions);
            all.addAll(List.of(options));
            return new Options(nodes, shift, database, fresh, all, release, together, home, server);
        }

        public Options ofRelease(Path unpacked) {
            return new Options(nodes, shift, database, fresh, nodeOptions, unpacked, together, home, server);
        }

        public Options inHome(String folder) {
            return new Options(nodes, shift, database, fresh, nodeOptions, release, together, folder, server);
        }

        /** Database {@code name} on the PostgreSQL server at {@code hostPort}, made and kept by the caller. */
        public Options onServer(String hostPort, String name) {
            return new Options(nodes, shift, name, false, nodeOptions, release, together, home, hostPort);
        }

        public Options startedTogether() {
            return new Options(nodes, shift, database, fresh, nodeOptions, release, true, home, server);
        }
    }

    private final Options options;
    private final List<ClusterNode> nodes;
    private final MailCatcher mail;
    private final SmsGatewayStandIn sms;
    private String sample = "";

    private Cluster(Options options, List<ClusterNode> nodes, MailCatcher mail, SmsGatewayStandIn sms) {
        this.options = options;
        this.nodes = nodes;
        this.mail = mail;
        this.sms = sms;
    }

    /** Prepares the installation under {@code project/.cluster}, then starts the nodes one after the other. */
    public static Cluster start(Path project, Options options) throws IOException, InterruptedException {
        Path release = options.release();
        Path dir = project.resolve(".cluster").resolve(options.home());
        Path target = project.resolve("dev-server/target");
        KeycloakHome home = KeycloakHome.prepare(dir, DevServer.findDistribution(target.resolve("keycloak-dist")));
        boolean changed = home.syncProviders(DevServer.listJars(release == null ? target.resolve("providers") : release.resolve("providers")));
        home.syncRealmImport(release == null ? project.resolve("realm-export.json") : release.resolve("realm-export.json"));
        home.keepDefaultBodyLimit();
        home.buildIfNeeded(changed, BUILD_OPTIONS);
        if (options.server().equals(Options.MACHINE_POSTGRES)) {
            Postgres.database(project, options.database(), options.fresh());
        }

        List<ClusterNode> nodes = new ArrayList<>();
        for (int i = 0; i < options.nodes(); i++) {
            String name = String.valueOf((char) ('a' + i));
            nodes.add(new ClusterNode(name, options.shift() + 100 * i, home.dir(), dir.resolve("node-" + name + "-" + options.shift() + ".log")));
        }
        for (ClusterNode node : nodes) {
            node.checkPortsFree();
        }
        int smtpPort = MailCatcher.SMTP_PORT + options.shift();
        Cluster cluster = new Cluster(options, nodes, MailCatcher.start(smtpPort, MailCatcher.HTTP_PORT + options.shift()),
                SmsGatewayStandIn.start(SmsGatewayStandIn.DEFAULT_PORT + options.shift()));
        try {
            if (options.together()) {
                cluster.startTogether();
            } else {
                for (ClusterNode node : nodes) {
                    cluster.startNode(node);
                }
            }
            cluster.sample = new DevRealmSetup(nodes.get(0).url()).run(project.resolve("dev-server/registry-sample.ndjson"),
                    cluster.sms.sendUrl(), smtpPort);
        } catch (IOException | RuntimeException | InterruptedException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Starts a node (again): the first node imports the realm when the database has none. */
    public void startNode(ClusterNode node) throws IOException, InterruptedException {
        long started = System.nanoTime();
        node.start(databaseUrl(), node == nodes.get(0), options.nodeOptions());
        awaitView(node, (int) nodes.stream().filter(ClusterNode::isRunning).count());
        LOG.infof("Node %s ready on %s in %d s", node.name(), node.url(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /** Starts every node at once; each waits until it serves, then until it sees the others. */
    private void startTogether() throws IOException, InterruptedException {
        List<java.util.concurrent.Future<Void>> starts = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(nodes.size());
        try {
            for (ClusterNode node : nodes) {
                starts.add(pool.submit(() -> {
                    node.start(databaseUrl(), node == nodes.get(0), options.nodeOptions());
                    return null;
                }));
            }
            for (java.util.concurrent.Future<Void> start : starts) {
                start.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a node did not start", e.getCause());
        } finally {
            pool.shutdown();
        }
        for (ClusterNode node : nodes) {
            awaitView(node, nodes.size());
        }
    }

    private String databaseUrl() {
        return "jdbc:postgresql://" + options.server() + "/" + options.database();
    }

    public ClusterNode node(int index) {
        return nodes.get(index);
    }

    public List<ClusterNode> nodes() {
        return nodes;
    }

    public MailCatcher mail() {
        return mail;
    }

    public SmsGatewayStandIn sms() {
        return sms;
    }

    /** The demo registry import's answer. */
    public String sample() {
        return sample;
    }

    public String database() {
        return options.database();
    }

    /** Waits until the node's log shows a cluster view of {@code members} nodes (Infinispan's ISPN000094/ISPN000079). */
    private void awaitView(ClusterNode node, int members) throws IOException, InterruptedException {
        if (members < 2) {
            return;
        }
        String view = "(" + members + ") [";
        long deadline = System.nanoTime() + VIEW_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (node.linesSinceStart().stream().anyMatch(line -> line.contains("ISPN0000") && line.contains(view))) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Node " + node.name() + " did not join a cluster of " + members + "; see " + node.log());
    }

    @Override
    public void close() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            try {
                nodes.get(i).stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sms.close();
        mail.close();
    }
}
