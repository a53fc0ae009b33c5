package fr.cibtp.espace.dev;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * {@code ./cluster.sh}: two Keycloak nodes with this project's providers on the machine's PostgreSQL, clustered as
 * caisses run them, with the demo registry, the mail catcher and the SMS stand-in. {@code --fresh} starts from an
 * empty database; {@code --nodes=1} starts one node. Ctrl-C stops everything; the database is kept.
 */
public final class ClusterServer {

    private static final Logger LOG = Logger.getLogger(ClusterServer.class);

    private ClusterServer() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> flags = List.of(args).subList(Math.min(1, args.length), args.length);
        Cluster.Options options = Cluster.Options.defaults();
        for (String flag : flags) {
            if (flag.equals("--fresh")) {
                options = options.freshDatabase(options.database());
            } else if (flag.startsWith("--nodes=")) {
                options = options.withNodes(Integer.parseInt(flag.substring("--nodes=".length())));
            } else {
                LOG.errorf("Unknown option %s (known: --fresh, --nodes=1|2)", flag);
                System.exit(2);
            }
        }
        Cluster cluster = Cluster.start(project, options);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        StringBuilder nodes = new StringBuilder();
        for (ClusterNode node : cluster.nodes()) {
            nodes.append("Node ").append(node.name()).append(":                 ").append(node.url())
                    .append("/realms/cibtp/account  (log: ").append(project.relativize(node.log())).append(")\n");
        }
        LOG.info(String.join("\n",
                "",
                "=== Espace sécurisé CIBTP: " + cluster.nodes().size() + " Keycloak node(s) on PostgreSQL database "
                        + cluster.database() + ", ready in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s ===",
                nodes.toString().stripTrailing(),
                "Login page (entreprise): " + DevServer.loginUrl(cluster.node(0).url(), "espace-entreprise", 3000),
                "Admin console:           " + cluster.node(0).url() + "/admin/master/console/#/cibtp  (admin / admin)",
                "Mails sent by Keycloak:  " + cluster.mail().webUrl(),
                "SMS gateway stand-in:    " + cluster.sms().sendUrl(),
                "Demo registry loaded:    " + cluster.sample(),
                "Ctrl-C stops all nodes; the database is kept (--fresh empties it).",
                ""));
        Thread.currentThread().join();
    }
}
