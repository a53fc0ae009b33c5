package fr.cibtp.espace.bench;

import java.time.Duration;

/**
 * What one run measures, from system properties (the Maven profile passes them): rounds of every scenario in turn,
 * the seconds each scenario runs per round, the warm-up round before them, concurrent users, the size of the registry
 * import, and whether to record a flight recording of the node.
 */
public record BenchSettings(int rounds, Duration scenarioTime, Duration warmUpTime, int users, long importLines, boolean profile) {

    public static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Integer.getInteger("bench.rounds", 3),
                Duration.ofSeconds(Integer.getInteger("bench.seconds", 25)),
                Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", 8)),
                Integer.getInteger("bench.users", 4),
                Long.getLong("bench.import.lines", 1_000_000L),
                Boolean.getBoolean("bench.profile"));
    }
}
