package fr.cibtp.espace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times the simulation's users take, in nanoseconds (Gatling's own report counts whole milliseconds, too coarse for a
 * 10 ms refresh), by scenario, round and step; and each scenario's window per round for its throughput. Round 0 is the
 * warm-up and counts nowhere.
 */
final class Recorder {

    /** The whole sign-in, refresh or chooser visit: what throughput counts. */
    static final String TRANSACTION = "transaction";

    private final Map<String, Queue<Long>> samples = new ConcurrentHashMap<>();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final AtomicLong fullRightsTokenBytes = new AtomicLong();

    void sample(Scenario scenario, int round, String step, long nanos) {
        samples.computeIfAbsent(key(scenario, round, step), k -> new ConcurrentLinkedQueue<>()).add(nanos);
        if (step.equals(TRANSACTION)) {
            windows.computeIfAbsent(key(scenario, round, ""), k -> new Window()).end(System.nanoTime());
        }
    }

    void begin(Scenario scenario, int round) {
        windows.computeIfAbsent(key(scenario, round, ""), k -> new Window()).begin(System.nanoTime());
    }

    void failure(Scenario scenario, int round) {
        failures.computeIfAbsent(key(scenario, round, ""), k -> new AtomicInteger()).incrementAndGet();
    }

    void fullRightsToken(int bytes) {
        fullRightsTokenBytes.accumulateAndGet(bytes, Math::max);
    }

    long fullRightsTokenBytes() {
        return fullRightsTokenBytes.get();
    }

    /** Every sample of a step over rounds 1 to {@code rounds}. */
    List<Long> samples(Scenario scenario, String step, int rounds) {
        List<Long> all = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            all.addAll(samples.getOrDefault(key(scenario, round, step), new ConcurrentLinkedQueue<>()));
        }
        return all;
    }

    int count(Scenario scenario, int round) {
        return samples.getOrDefault(key(scenario, round, TRANSACTION), new ConcurrentLinkedQueue<>()).size();
    }

    double seconds(Scenario scenario, int round) {
        Window window = windows.get(key(scenario, round, ""));
        return window == null ? 0 : window.seconds();
    }

    int failures(Scenario scenario, int rounds) {
        int total = 0;
        for (int round = 1; round <= rounds; round++) {
            AtomicInteger f = failures.get(key(scenario, round, ""));
            total += f == null ? 0 : f.get();
        }
        return total;
    }

    private static String key(Scenario scenario, int round, String step) {
        return scenario.name() + "/" + round + "/" + step;
    }

    /** From the first user's start to the last transaction's end. */
    private static final class Window {
        private final AtomicLong start = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong end = new AtomicLong(Long.MIN_VALUE);

        void begin(long now) {
            start.accumulateAndGet(now, Math::min);
        }

        void end(long now) {
            end.accumulateAndGet(now, Math::max);
        }

        double seconds() {
            return end.get() > start.get() ? (end.get() - start.get()) / 1e9 : 0;
        }
    }
}
