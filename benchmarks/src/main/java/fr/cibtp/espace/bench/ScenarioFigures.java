package fr.cibtp.espace.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scenario over the measured rounds: throughput, whole-transaction times and the times of its timed steps. */
record ScenarioFigures(Scenario scenario, int transactions, int failures, double throughput, List<Double> roundThroughputs,
                       Percentiles transaction, Map<String, Percentiles> steps) {

    static ScenarioFigures of(Recorder recorder, Scenario scenario, int rounds) {
        int count = 0;
        double seconds = 0;
        List<Double> perRound = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            int n = recorder.count(scenario, round);
            double s = recorder.seconds(scenario, round);
            count += n;
            seconds += s;
            perRound.add(s > 0 ? n / s : 0);
        }
        Map<String, Percentiles> steps = new LinkedHashMap<>();
        for (String step : List.of("authorization page", "password", "choice", "first page", "search", "token", "refresh")) {
            List<Long> samples = recorder.samples(scenario, step, rounds);
            if (!samples.isEmpty()) {
                steps.put(step, Percentiles.of(samples));
            }
        }
        return new ScenarioFigures(scenario, count, recorder.failures(scenario, rounds), seconds > 0 ? count / seconds : 0,
                perRound, Percentiles.of(recorder.samples(scenario, Recorder.TRANSACTION, rounds)), steps);
    }

    Percentiles step(String name) {
        return steps.getOrDefault(name, new Percentiles(0, Double.NaN, Double.NaN));
    }
}
