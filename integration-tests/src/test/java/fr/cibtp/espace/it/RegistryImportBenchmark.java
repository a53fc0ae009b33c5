package fr.cibtp.espace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cibtp.espace.it.support.CibtpRealm;
import fr.cibtp.espace.it.support.RegistryApi;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Benchmark, not part of the test suite (its name does not end in Test): imports 1,000,000 generated NDJSON lines
 * (100,000 adhérents with 9 sites each) in one request and prints wall time, lines per second and the heap of the
 * Keycloak server (after a full GC before and after, and the highest seen while importing). Run it with
 * {@code mvn verify -pl integration-tests -am -Dtest=RegistryImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Ppostgres} for PostgreSQL). Lines default to 1,000,000; {@code -Dbenchmark.lines=N} changes it.
 */
@KeycloakIntegrationTest
class RegistryImportBenchmark {

    private static final Logger LOG = Logger.getLogger(RegistryImportBenchmark.class);
    private static final int SITES_PER_ADHERENT = 9;

    @InjectRealm(fromJson = CibtpRealm.JSON, lifecycle = LifeCycle.GLOBAL)
    ManagedRealm realm;

    @Test
    void importAMillionLines() throws Exception {
        long lines = Long.getLong("benchmark.lines", 1_000_000L);
        RegistryApi api = new RegistryApi(realm);
        String token = api.serviceAccountToken("back-office-benchmark", true);
        long pid = keycloakPid();

        long heapBefore = heapAfterGc(pid);
        AtomicLong peak = new AtomicLong(heapBefore);
        // One jstat process printing the heap every second costs far less than attaching jcmd again and again.
        Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "1000").redirectErrorStream(true).start();
        Thread sampler = new Thread(() -> readHeapSamples(jstat, peak));
        sampler.setDaemon(true);
        sampler.start();

        long start = System.nanoTime();
        HttpResponse<String> response = api.post(token, "/cibtp-registry/import", "application/x-ndjson",
                HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedRegistry(lines)));
        double seconds = (System.nanoTime() - start) / 1e9;
        jstat.destroy();
        long heapAfter = heapAfterGc(pid);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = RegistryApi.json(response);
        assertEquals(lines, report.get("created").asLong(), report.toString());
        String result = String.format("%n=== Registry import benchmark (%s) ===%nlines: %,d%nwall time: %.1f s%nthroughput: %,.0f lines/s%n"
                        + "server heap after full GC: before %,d MB, after %,d MB, growth %,d MB%n"
                        + "server heap peak while importing: %,d MB (%,d MB above the start)%n",
                System.getProperty("kc.test.database", "dev-mem"), lines, seconds, lines / seconds,
                heapBefore >> 20, heapAfter >> 20, (heapAfter - heapBefore) >> 20, peak.get() >> 20, (peak.get() - heapBefore) >> 20);
        // The suite logs at WARN; the result must show, and is kept in target/ too.
        LOG.warn(result);
        Files.writeString(Path.of("target", "registry-import-benchmark.txt"), result);
    }

    /** Generates the NDJSON file as it is sent, so neither side ever holds it whole. */
    static final class GeneratedRegistry extends InputStream {
        private final long lines;
        private long written;
        private byte[] current = new byte[0];
        private int position;

        GeneratedRegistry(long lines) {
            this.lines = lines;
        }

        @Override
        public int read() {
            if (position == current.length && !nextLine()) {
                return -1;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == current.length && !nextLine()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }

        private boolean nextLine() {
            if (written == lines) {
                return false;
            }
            long adherent = written / (SITES_PER_ADHERENT + 1);
            int site = (int) (written % (SITES_PER_ADHERENT + 1));
            String siren = withLuhnDigit(String.format("%08d", 10_000_000 + adherent));
            String numero = "B" + adherent;
            String line = site == 0
                    ? "{\"type\":\"adherent\",\"numero_adherent\":\"" + numero + "\",\"siren\":\"" + siren
                    + "\",\"raison_sociale\":\"ENTREPRISE " + adherent + "\",\"forme_juridique\":\"SAS\"}\n"
                    : "{\"type\":\"site\",\"identifiant\":\"" + identifiant(adherent * SITES_PER_ADHERENT + site)
                    + "\",\"numero_adherent\":\"" + numero + "\",\"siret\":\"" + withLuhnDigit(siren + String.format("%04d", site))
                    + "\",\"nom\":\"ENTREPRISE " + adherent + " - SITE " + site + "\",\"adresse\":{\"ligne1\":\"" + site
                    + " RUE DU CHANTIER\",\"code_postal\":\"57000\",\"ville\":\"METZ\"},\"titulaire\":{\"nom\":\"DUPONT\","
                    + "\"prenom\":\"MARIE\"}}\n";
            current = line.getBytes(StandardCharsets.UTF_8);
            position = 0;
            written++;
            return true;
        }

        private static String identifiant(long n) {
            String d = String.format("%010d", 8_000_000_000L + n);
            return d.substring(0, 5) + "-" + d.substring(5, 8) + "-" + d.substring(8);
        }

        private static String withLuhnDigit(String body) {
            for (int d = 0; d < 10; d++) {
                String candidate = body + d;
                int sum = 0;
                for (int i = 0; i < candidate.length(); i++) {
                    int v = candidate.charAt(candidate.length() - 1 - i) - '0';
                    if (i % 2 == 1) {
                        v = v * 2 > 9 ? v * 2 - 9 : v * 2;
                    }
                    sum += v;
                }
                if (sum % 10 == 0) {
                    return candidate;
                }
            }
            throw new IllegalStateException();
        }
    }

    /** jstat -gc columns S0U, S1U, EU and OU (KB) add up to the used heap. */
    private static void readHeapSamples(Process jstat, AtomicLong peak) {
        try (java.io.BufferedReader lines = jstat.inputReader()) {
            String[] header = null;
            for (String line; (line = lines.readLine()) != null; ) {
                String[] cells = line.trim().split("\\s+");
                if (header == null || cells[0].equals(header[0])) {
                    header = cells;
                    continue;
                }
                double usedKb = 0;
                for (int i = 0; i < header.length && i < cells.length; i++) {
                    if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
                        usedKb += Double.parseDouble(cells[i].replace(',', '.'));
                    }
                }
                long used = (long) (usedKb * 1024);
                peak.accumulateAndGet(used, Math::max);
            }
        } catch (IOException | NumberFormatException ignored) {
            // the sampler stops with jstat
        }
    }

    private static long keycloakPid() throws IOException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "kc-test-framework", "keycloak");
        try (Stream<Path> homes = Files.list(root)) {
            Path pidFile = homes.map(h -> h.resolve("pid")).filter(Files::exists).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak pid file under " + root));
            return Long.parseLong(Files.readString(pidFile).trim());
        }
    }

    private static long heapAfterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        return heapUsed(pid);
    }

    /** Used heap of the server in bytes, read with jcmd GC.heap_info. */
    private static long heapUsed(long pid) throws IOException, InterruptedException {
        Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IOException("Unexpected GC.heap_info output");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
