package fr.cibtp.espace.bench;

import java.time.Duration;

/**
 * What one run measures, from system properties (the Maven profile passes them): rounds of every scenario in turn,
 * the seconds each scenario runs per round, the warm-up round before them, concurrent users, the size of the registry
 * import, and whether to record a flight recording of the node.
 */
public record BenchSettings(int rounds, Duration scenarioTime, Duration warmUpTime, int users, long importLines, boolean profile) {

    /** What the README's command measures. */
    public static BenchSettings defaults() {
        return new BenchSettings(3, Duration.ofSeconds(25), Duration.ofSeconds(8), 4, 1_000_000L, false);
    }

    public static BenchSettings fromSystemProperties() {
        BenchSettings d = defaults();
        return new BenchSettings(
                Integer.getInteger("bench.rounds", d.rounds()),
                Duration.ofSeconds(Integer.getInteger("bench.seconds", (int) d.scenarioTime().toSeconds())),
                Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", (int) d.warmUpTime().toSeconds())),
                Integer.getInteger("bench.users", d.users()),
                Long.getLong("bench.import.lines", d.importLines()),
                Boolean.getBoolean("bench.profile"));
    }
}
