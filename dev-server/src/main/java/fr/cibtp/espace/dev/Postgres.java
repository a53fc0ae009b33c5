package fr.cibtp.espace.dev;

import java.io.IOException;
import java.nio.file.Path;

/** The machine's PostgreSQL (127.0.0.1:5432), started when down, through the same script the tests' build uses. */
final class Postgres {

    private Postgres() {
    }

    static void database(Path project, String name, boolean fresh) throws IOException, InterruptedException {
        ProcessBuilder script = fresh
                ? new ProcessBuilder("sh", "scripts/postgres-test-database", name)
                : new ProcessBuilder("sh", "scripts/postgres-test-database", name, "--keep");
        Process process = script.directory(project.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("PostgreSQL database " + name + " could not be prepared on 127.0.0.1:5432");
        }
    }
}
