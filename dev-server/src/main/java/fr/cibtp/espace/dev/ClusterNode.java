package fr.cibtp.espace.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Keycloak node of the local cluster: the shared distribution started with its own ports, its own transaction log
 * and its own log file, on the shared PostgreSQL database. Keycloak finds the other nodes through that database
 * ({@code jdbc-ping}, its default discovery).
 */
public final class ClusterNode {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final String name;
    private final int httpPort;
    private final int managementPort;
    private final int clusterPort;
    private final Path home;
    private final Path log;
    private Process process;
    private int logLinesBefore;

    ClusterNode(String name, int offset, Path home, Path log) {
        this.name = name;
        this.httpPort = 8080 + offset;
        this.managementPort = 9000 + offset;
        this.clusterPort = 7800 + offset;
        this.home = home;
        this.log = log;
    }

    public String name() {
        return name;
    }

    /** {@code http://localhost:8180}, without a trailing slash. */
    public String url() {
        return "http://localhost:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public Path log() {
        return log;
    }

    /** Fails at once, in words, when another program holds one of the node's ports (often a cluster left running). */
    void checkPortsFree() {
        for (int port : new int[] {httpPort, managementPort, clusterPort}) {
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            } catch (IOException taken) {
                throw new IllegalStateException("Port " + port + " of node " + name + " is in use: is a cluster already running?");
            }
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The node's Java process (kc.sh starts it as a child), for jcmd and jstat. */
    public long javaPid() {
        if (!isRunning()) {
            throw new IllegalStateException("Keycloak node " + name + " is not running");
        }
        return process.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No Java process under node " + name)).pid();
    }

    void start(String databaseUrl, boolean importRealm, List<String> extraOptions) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("start", "--optimized",
                "--db-url=" + databaseUrl, "--db-username=postgres", "--db-password=postgres",
                "--http-enabled=true", "--hostname-strict=false",
                "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                // The nodes talk to each other on the loopback only; each has its own port.
                "--cache-embedded-network-bind-address=127.0.0.1", "--cache-embedded-network-bind-port=" + clusterPort,
                // The node name tells the nodes apart in the cluster view and the logs.
                "--spi-cache-embedded--default--node-name=" + name,
                "--log-level=INFO,fr.cibtp:DEBUG"));
        if (importRealm) {
            args.add("--import-realm");
        }
        args.addAll(extraOptions);
        ProcessBuilder builder = new ProcessBuilder(DevServer.command(home, args.toArray(String[]::new)));
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms256m -Xmx1g");
        // Two processes must not share one transaction log.
        env.put("JAVA_OPTS_APPEND", "-Dquarkus.transaction-manager.object-store.directory=" + home.resolve("data/transaction-logs-" + name));
        Files.createDirectories(log.getParent());
        logLinesBefore = logLines().size();
        builder.directory(home.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
        if (!waitUntilServed()) {
            stop();
            throw new IllegalStateException("Keycloak node " + name + " did not start; see " + log);
        }
    }

    /** Ends the node at once, as a crash or a pulled cable would: no graceful leave, nothing flushed. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Stops the node as an administrator would (Keycloak leaves the cluster cleanly), forcibly after a minute. */
    public void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        // kc.sh runs Keycloak's JVM as its child: that JVM is what must stop.
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                child.destroyForcibly();
            }
        }
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Lines of this node's log since it was first started. */
    public List<String> logLines() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** Lines of this node's log since its last start. */
    public List<String> linesSinceStart() throws IOException {
        List<String> all = logLines();
        return all.subList(Math.min(logLinesBefore, all.size()), all.size());
    }

    private boolean waitUntilServed() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/realms/cibtp/.well-known/openid-configuration")).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        return false;
    }
}
