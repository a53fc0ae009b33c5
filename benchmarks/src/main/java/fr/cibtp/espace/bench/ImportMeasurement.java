package fr.cibtp.espace.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The registry import of {@code lines} generated lines, in parts of {@value #PART_LINES} lines (about 7 MB, under
 * Keycloak's 10 MB request limit), one after the other as the operations guide sends them: wall time and the node's
 * heap. Streamed requests are not a load test, so they are sent by Java's HTTP client rather than by Gatling, which
 * would hold the bodies.
 */
final class ImportMeasurement {

    /** A multiple of an adhérent's 10 lines, so that each part starts with an adhérent before its sites. */
    static final long PART_LINES = 30_000;

    record Result(long lines, double seconds, long heapBefore, long heapAfter, long heapPeak, JsonNode report) {
        long growth() {
            return heapAfter - heapBefore;
        }
    }

    private static final String[] COUNTS = {"created", "updated", "unchanged", "rejected_total"};

    private ImportMeasurement() {
    }

    static Result run(KeycloakApi api, long pid, long lines) throws IOException, InterruptedException {
        try (HeapProbe heap = new HeapProbe(pid)) {
            long before = heap.afterFullGc();
            heap.startSampling();
            long started = System.nanoTime();
            ObjectNode report = JsonNodeFactory.instance.objectNode();
            for (String count : COUNTS) {
                report.put(count, 0L);
            }
            for (long from = 0; from < lines; from += PART_LINES) {
                long part = from;
                JsonNode answer = api.importRegistry(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new GeneratedRegistry(part, Math.min(part + PART_LINES, lines))), Duration.ofMinutes(10));
                for (String count : COUNTS) {
                    report.put(count, report.get(count).asLong() + answer.get(count).asLong());
                }
            }
            report.put("parts", (lines + PART_LINES - 1) / PART_LINES);
            double seconds = (System.nanoTime() - started) / 1e9;
            heap.close();
            long after = heap.afterFullGc();
            if (report.get("rejected_total").asLong() != 0) {
                throw new IllegalStateException("The import refused lines: " + report);
            }
            return new Result(lines, seconds, before, after, Math.max(heap.peak(), before), report);
        }
    }
}
