package fr.cibtp.espace.bench;

import java.util.List;

/** p50 and p95 (nearest rank) of times in nanoseconds, answered in milliseconds. */
record Percentiles(int count, double p50, double p95) {

    static Percentiles of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Percentiles(0, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95));
    }

    private static double rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
