package fr.cibtp.espace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The goals' figures of the run before this one, read from the RESULTS.md it wrote, so that a change's effect shows
 * side by side with what it changed.
 */
record PreviousRun(String date, Map<String, String> measured) {

    static PreviousRun read(Path results) throws IOException {
        if (!Files.isRegularFile(results)) {
            return new PreviousRun(null, Map.of());
        }
        String date = null;
        Map<String, String> measured = new HashMap<>();
        boolean goals = false;
        for (String line : Files.readAllLines(results)) {
            if (line.startsWith("## ")) {
                goals = line.equals("## Goals");
            }
            String[] cells = line.split("\\|", -1);
            if (cells.length < 4 || !line.startsWith("|")) {
                continue;
            }
            if (cells[1].strip().equals("date")) {
                date = cells[2].strip();
            } else if (goals && !cells[1].strip().equals("goal") && !cells[1].strip().startsWith("---")) {
                measured.put(cells[1].strip(), cells[2].strip());
            }
        }
        return new PreviousRun(date, measured);
    }

    Optional<String> figure(String goal) {
        return Optional.ofNullable(measured.get(goal));
    }
}
