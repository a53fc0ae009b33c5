package fr.cibtp.espace.registry.importing;

import java.util.List;

/**
 * Why an import line is refused: a {@code cibtpImport_} key of the message bundles and the values its sentence names.
 * The sentence itself is only in the bundles ({@link ImportWords}).
 */
public record ImportReason(String key, List<Object> params) {

    public ImportReason {
        params = List.copyOf(params);
    }

    public static ImportReason of(String key, Object... params) {
        return new ImportReason(key, List.of(params));
    }
}
