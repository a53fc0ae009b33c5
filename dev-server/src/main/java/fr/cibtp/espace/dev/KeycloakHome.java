package fr.cibtp.espace.dev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jboss.logging.Logger;

/** The dev Keycloak installation under {@code .dev/}: unpacked once, its providers and realm file kept current. */
final class KeycloakHome {

    private static final Logger LOG = Logger.getLogger(KeycloakHome.class);
    private static final String OUR_JARS = "cibtp-";

    private final Path dir;

    private KeycloakHome(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    static KeycloakHome prepare(Path devDir, Path distributionZip) throws IOException {
        String name = distributionZip.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".zip", "");
        Path home = devDir.resolve(name);
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            LOG.infof("Unpacking %s into %s", distributionZip.getFileName(), home);
            unzip(distributionZip, devDir.resolve(name + ".unpacking"), home);
        }
        return new KeycloakHome(home);
    }

    /**
     * Copies our provider jars when they changed, so Keycloak re-runs its build step only when needed; says whether
     * anything changed.
     */
    boolean syncProviders(List<Path> jars) throws IOException {
        boolean changed = false;
        Path providers = dir.resolve("providers");
        Files.createDirectories(providers);
        List<String> wanted = jars.stream().map(j -> j.getFileName().toString()).toList();
        try (Stream<Path> existing = Files.list(providers)) {
            for (Path old : existing.toList()) {
                String file = old.getFileName().toString();
                if (file.startsWith(OUR_JARS) && !wanted.contains(file)) {
                    Files.delete(old);
                    changed = true;
                }
            }
        }
        for (Path jar : jars) {
            changed |= copyIfChanged(jar, providers.resolve(jar.getFileName()));
        }
        return changed;
    }

    void syncRealmImport(Path realmFile) throws IOException {
        Path importDir = dir.resolve("data/import");
        Files.createDirectories(importDir);
        copyIfChanged(realmFile, importDir.resolve("realm-export.json"));
    }

    /**
     * Keycloak's own 10 MB request limit, as caisse IT keeps it: large registry files go in parts (see the operations
     * guide). A body limit raised by an earlier version of this home is taken back.
     */
    void keepDefaultBodyLimit() throws IOException {
        Path properties = dir.resolve("conf/quarkus.properties");
        if (Files.exists(properties) && Files.readString(properties).contains("max-body-size")) {
            List<String> kept = Files.readAllLines(properties).stream().filter(l -> !l.contains("max-body-size")).toList();
            Files.write(properties, kept);
        }
    }

    /** Drops the dev database (start-dev's H2 files): the realm and demo registry are imported again at start. */
    void emptyDatabase() throws IOException {
        LOG.infof("Starting from an empty database (--fresh)");
        deleteRecursively(dir.resolve("data/h2"));
    }

    Process startDev(int httpPort) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(DevServer.command(dir, "start-dev",
                "--http-port=" + httpPort,
                "--import-realm",
                // Shows the realm's CIBTP settings as a tab of Realm settings (an experimental admin-console feature).
                "--features=declarative-ui",
                "--log-level=INFO,fr.cibtp:DEBUG"));
        Map<String, String> env = builder.environment();
        // Created only when the master realm has no admin yet, i.e. on the first start.
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.directory(dir.toFile()).inheritIO();
        return builder.start();
    }

    /**
     * Runs Keycloak's build step when the providers changed or the last build had other options (or did not finish),
     * so that nodes start with {@code --optimized}.
     */
    void buildIfNeeded(boolean providersChanged, List<String> options) throws IOException, InterruptedException {
        Path marker = dir.resolve("cibtp-build-options");
        String wanted = String.join(" ", options);
        if (!providersChanged && Files.exists(marker) && Files.readString(marker).equals(wanted)) {
            return;
        }
        Files.deleteIfExists(marker);
        List<String> args = new java.util.ArrayList<>(List.of("build"));
        args.addAll(options);
        LOG.infof("Keycloak build step: kc.sh %s", String.join(" ", args));
        Process build = new ProcessBuilder(DevServer.command(dir, args.toArray(String[]::new))).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolveSibling("build.log").toFile()).start();
        if (build.waitFor() != 0) {
            throw new IllegalStateException("kc.sh build failed; see " + dir.resolveSibling("build.log"));
        }
        Files.writeString(marker, wanted);
    }

    private static boolean copyIfChanged(Path from, Path to) throws IOException {
        if (Files.exists(to) && Files.size(to) == Files.size(from) && Arrays.equals(Files.readAllBytes(to), Files.readAllBytes(from))) {
            return false;
        }
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** Unpacks into a scratch folder then renames, so an interrupted first start never leaves half a Keycloak. */
    private static void unzip(Path zip, Path scratch, Path home) throws IOException {
        deleteRecursively(scratch);
        Files.createDirectories(scratch);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                // Entries are "keycloak-<version>/..."; drop that first folder.
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = scratch.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(scratch)) {
                    throw new IOException("Unexpected entry in the distribution: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
        }
        deleteRecursively(home);
        Files.move(scratch, home);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
