package fr.cibtp.espace.it.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Keycloak container for all the container test classes, started by the first of them and stopped at the end of
 * the run. The image is the official one unless {@code keycloak.container.image} names another (a locally built one on
 * our build machines, which reach no registry); {@code keycloak.container.host-network=true} runs it on the machine's
 * network instead of Docker's published ports. Both are system properties (Maven's profile "testcontainers" sets them
 * from {@code -Dkeycloak.image} and {@code -Dkeycloak.container.host-network}), or environment variables
 * ({@code KEYCLOAK_CONTAINER_IMAGE}, {@code KEYCLOAK_CONTAINER_HOST_NETWORK}).
 */
public final class KeycloakInContainer implements BeforeAllCallback {

    /** The official image of the Keycloak version we build against. */
    static final String OFFICIAL_IMAGE = "quay.io/keycloak/keycloak:" + org.keycloak.common.Version.VERSION;

    private static ContainerServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ContainerServer.class, key -> start(), ContainerServer.class);
    }

    /** The running server, for the test classes extended with this. */
    static ContainerServer server() {
        if (server == null) {
            throw new IllegalStateException("extend the test class with KeycloakInContainer");
        }
        return server;
    }

    private static ContainerServer start() {
        // Tests run in integration-tests/; the project is its parent.
        Path project = Path.of("").toAbsolutePath().getParent();
        try {
            server = ContainerServer.start(setting("keycloak.container.image", OFFICIAL_IMAGE),
                    Boolean.parseBoolean(setting("keycloak.container.host-network", "false")), project);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("the stand-ins did not start", e);
        }
    }

    private static String setting(String property, String otherwise) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? otherwise : value;
    }
}
