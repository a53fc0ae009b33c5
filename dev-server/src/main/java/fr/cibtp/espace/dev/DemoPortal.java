package fr.cibtp.espace.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

/**
 * The demo portal of {@code portal/} (Node.js): the entreprise space on http://localhost:3000 and the salarié space
 * on http://localhost:3001, OIDC clients of the realm with the secrets Keycloak generated at import. Used by the dev
 * server and by the portal's browser test.
 */
public final class DemoPortal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DemoPortal.class);

    public static final String ENTREPRISE_URL = "http://localhost:3000";
    public static final String SALARIE_URL = "http://localhost:3001";
    private static final String READY = "Portails prêts.";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process node;

    private DemoPortal(Process node) {
        this.node = node;
    }

    /**
     * Starts {@code node src/server.js} in {@code portalDir} against Keycloak at {@code keycloakBase}; returns once both
     * portals listen. Its output goes on to this process's standard output.
     */
    public static DemoPortal start(Path portalDir, String keycloakBase, String entrepriseSecret, String salarieSecret)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(portalDir.resolve("node_modules/openid-client"))) {
            throw new IllegalStateException("No " + portalDir.resolve("node_modules") + ": run the build (npm ci) first");
        }
        ProcessBuilder builder = new ProcessBuilder("node", "src/server.js").directory(portalDir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("KEYCLOAK_URL", keycloakBase);
        env.put("ESPACE_ENTREPRISE_SECRET", entrepriseSecret);
        env.put("ESPACE_SALARIE_SECRET", salarieSecret);
        Process node = builder.start();
        DemoPortal portal = new DemoPortal(node);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> forward(node, ready, output), "demo-portal-output");
        reader.setDaemon(true);
        reader.start();
        node.onExit().thenAccept(p -> ready.completeExceptionally(new IllegalStateException("node exited with " + p.exitValue())));
        try {
            ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return portal;
        } catch (ExecutionException | TimeoutException e) {
            portal.close();
            throw new IllegalStateException("The demo portal did not start: " + String.join("\n", output), e);
        }
    }

    // Waits for the line saying both portals listen; everything is printed as it comes.
    private static void forward(Process node, CompletableFuture<Void> ready, List<String> output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                LOG.info("[portail] " + line);
                synchronized (output) {
                    output.add(line);
                }
                if (line.equals(READY)) {
                    ready.complete(null);
                }
            }
        } catch (IOException ended) {
            // The process is gone: onExit below says so.
        }
    }

    @Override
    public void close() throws InterruptedException {
        node.destroy();
        if (!node.waitFor(5, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            node.waitFor();
        }
    }
}
