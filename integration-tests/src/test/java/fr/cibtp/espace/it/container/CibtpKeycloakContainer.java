package fr.cibtp.espace.it.container;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import dasniko.testcontainers.keycloak.ExtendableKeycloakContainer;
import org.testcontainers.images.PullPolicy;
import org.testcontainers.utility.DockerImageName;

/**
 * Keycloak in a container with this project's five provider jars and the shipped realm file, as caisse IT deploys
 * them. With {@code hostNetwork}, the container shares the machine's network: Keycloak listens on free ports of the
 * machine and reaches the stand-ins on its loopback (our build machines pass no traffic through Docker's bridge).
 */
final class CibtpKeycloakContainer extends ExtendableKeycloakContainer<CibtpKeycloakContainer> {

    /** On every container of ours, so that one left by a killed run can be found and removed. */
    static final String LABEL = "fr.cibtp.espace.tests";
    private static final int HTTP = 8080;
    private static final int MANAGEMENT = 9000;

    private final boolean hostNetwork;
    private final int hostHttpPort;
    private final int hostManagementPort;

    CibtpKeycloakContainer(String image, boolean hostNetwork, Path providers, Path log) {
        super(DockerImageName.parse(image).asCompatibleSubstituteFor("quay.io/keycloak/keycloak"));
        this.hostNetwork = hostNetwork;
        this.hostHttpPort = hostNetwork ? freePort() : HTTP;
        this.hostManagementPort = hostNetwork ? freePort() : MANAGEMENT;
        withProviderLibsFrom(jars(providers));
        withRealmImportFile("realm-export.json");
        // Realm settings' CIBTP tab, as the operations guide builds the server.
        withFeaturesEnabled("declarative-ui");
        // A fixed version: pulled once (the library's default would pull again every day).
        withImagePullPolicy(PullPolicy.defaultPolicy());
        withStartupTimeout(Duration.ofMinutes(3));
        withLabel(LABEL, "keycloak");
        withLogConsumer(new LogFile(log));
        if (hostNetwork) {
            withNetworkMode("host");
            withEnv("KC_HTTP_PORT", String.valueOf(hostHttpPort));
            withEnv("KC_HTTP_MANAGEMENT_PORT", String.valueOf(hostManagementPort));
        } else {
            withAccessToHost(true);
        }
    }

    /** The name by which Keycloak, inside the container, reaches a port of the machine the tests run on. */
    String hostSeenFromContainer() {
        return hostNetwork ? "127.0.0.1" : "host.testcontainers.internal";
    }

    @Override
    protected void configure() {
        super.configure();
        if (hostNetwork) {
            // Nothing to publish: Keycloak listens on the machine's own ports.
            setExposedPorts(List.of());
        }
    }

    @Override
    public Integer getMappedPort(int originalPort) {
        if (!hostNetwork) {
            return super.getMappedPort(originalPort);
        }
        if (originalPort == HTTP) {
            return hostHttpPort;
        }
        if (originalPort == MANAGEMENT) {
            return hostManagementPort;
        }
        throw new IllegalArgumentException("port " + originalPort + " is not used with host networking");
    }

    @Override
    public String getHost() {
        return hostNetwork ? "localhost" : super.getHost();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<File> jars(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<File> jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().map(Path::toFile).toList();
            if (jars.size() != 5) {
                throw new IllegalStateException("expected the five provider jars in " + dir + ", found " + jars + ": build the project first");
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("no provider jars in " + dir + ": build the project first", e);
        }
    }
}
