package fr.cibtp.espace.it.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, on its own port and data folder, which the test may stop and start without
 * touching the machine's server that other tests use. Run as root, the server runs as the {@code postgres} user.
 */
final class OwnPostgres implements AutoCloseable {

    private final Path data;
    private final int port;
    private final Path bin;

    private OwnPostgres(Path data, int port, Path bin) {
        this.data = data;
        this.port = port;
        this.bin = bin;
    }

    /** A new server in {@code data} (emptied first), started, with the database {@code name}. */
    static OwnPostgres create(Path data, int port, String name) throws IOException, InterruptedException {
        OwnPostgres server = new OwnPostgres(data, port, binaries());
        deleteRecursively(data);
        Files.createDirectories(data);
        server.chownToPostgres(data);
        server.run(server.bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8");
        server.start();
        server.run(server.bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "-d", "postgres",
                "-q", "-c", "CREATE DATABASE \"" + name + "\"");
        return server;
    }

    String hostPort() {
        return "127.0.0.1:" + port;
    }

    void start() throws IOException, InterruptedException {
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1",
                "-l", data.resolve("server.log").toString(), "-w", "start");
    }

    /** Stops it at once, as a crash of the database server: clients' connections are cut. */
    void stop() throws IOException, InterruptedException {
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop");
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            // PostgreSQL refuses to run as root.
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", line));
        }
    }

    private void chownToPostgres(Path dir) throws IOException, InterruptedException {
        if (isRoot()) {
            Process chown = new ProcessBuilder("chown", "postgres:postgres", dir.toString()).inheritIO().start();
            if (chown.waitFor() != 0) {
                throw new IllegalStateException("chown postgres " + dir);
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest PostgreSQL installed from Debian's packages. */
    private static Path binaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString()))).orElseThrow().resolve("bin");
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
