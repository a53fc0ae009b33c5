package fr.cibtp.espace.it.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The release before this version, as a caisse downloaded it: built by {@code scripts/release} from the commit its
 * CHANGELOG heading names, unpacked under {@code target/release/}.
 */
final class PreviousRelease {

    static final String VERSION = "1.0.0";

    private PreviousRelease() {
    }

    static Path unpacked(Path project) throws IOException, InterruptedException {
        Path dir = project.resolve("target/release/cibtp-espace-securise-" + VERSION);
        if (!Files.isDirectory(dir.resolve("providers"))) {
            Process release = new ProcessBuilder("scripts/release", VERSION).directory(project.toFile()).inheritIO().start();
            if (release.waitFor() != 0) {
                throw new IllegalStateException("scripts/release " + VERSION + " failed");
            }
        }
        return dir;
    }
}
