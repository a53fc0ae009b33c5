package fr.cibtp.espace.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The registry import of {@code lines} generated lines in one request: wall time and the node's heap. One streamed
 * request is not a load test, so it is sent by Java's HTTP client rather than by Gatling, which would hold the body.
 */
final class ImportMeasurement {

    record Result(long lines, double seconds, long heapBefore, long heapAfter, long heapPeak, JsonNode report) {
        long growth() {
            return heapAfter - heapBefore;
        }
    }

    private ImportMeasurement() {
    }

    static Result run(KeycloakApi api, long pid, long lines) throws IOException, InterruptedException {
        try (HeapProbe heap = new HeapProbe(pid)) {
            long before = heap.afterFullGc();
            heap.startSampling();
            long started = System.nanoTime();
            JsonNode report = api.importRegistry(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedRegistry(lines)),
                    Duration.ofMinutes(30));
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
