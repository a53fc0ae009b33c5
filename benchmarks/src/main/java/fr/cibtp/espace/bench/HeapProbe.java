package fr.cibtp.espace.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Keycloak node's heap, seen from outside its process: after a full GC (jcmd), and its highest value while work
 * runs (one jstat process sampling every second costs far less than attaching jcmd again and again).
 */
final class HeapProbe implements AutoCloseable {

    private final long pid;
    private final AtomicLong peak = new AtomicLong();
    private Process jstat;

    HeapProbe(long pid) {
        this.pid = pid;
    }

    long afterFullGc() throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IOException("Unexpected GC.heap_info output");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    void startSampling() throws IOException {
        jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "1000").redirectErrorStream(true).start();
        Thread sampler = new Thread(this::readSamples, "jstat sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peak() {
        return peak.get();
    }

    @Override
    public void close() {
        if (jstat != null) {
            jstat.destroy();
        }
    }

    /** jstat -gc columns S0U, S1U, EU and OU (KB) add up to the used heap. */
    private void readSamples() {
        try (BufferedReader lines = jstat.inputReader()) {
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
                peak.accumulateAndGet((long) (usedKb * 1024), Math::max);
            }
        } catch (IOException | NumberFormatException ignored) {
            // the sampler stops with jstat
        }
    }

    static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> args = new java.util.ArrayList<>(List.of("jcmd", Long.toString(pid)));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
