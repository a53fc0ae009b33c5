package fr.cibtp.espace.it.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two OpenAPI files as they are in the repository, which the jars ship and the server serves. */
public enum RepositoryDescriptions {

    REGISTRY("cibtp-registry", "user-storage/src/main/resources/fr/cibtp/espace/registry/api/registry.openapi.json"),
    DELEGATIONS("cibtp-delegations", "delegation-mapper/src/main/resources/fr/cibtp/espace/delegation/api/delegations.openapi.json");

    /** The API's path under {@code /realms/{realm}}. */
    public final String api;
    private final String file;

    RepositoryDescriptions(String api, String file) {
        this.api = api;
        this.file = file;
    }

    /** The file's text; the tests run in the integration-tests folder, beside the other modules. */
    public String text() {
        try {
            return Files.readString(Path.of("..").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
