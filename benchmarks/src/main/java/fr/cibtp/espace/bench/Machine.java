package fr.cibtp.espace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the figures depend on: processor, cores, memory and Java, as read on Linux. */
record Machine(String cpu, int cores, String memory, String java) {

    static Machine current() {
        String cpu = line(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        String memory = line(Path.of("/proc/meminfo"), "MemTotal")
                .map(l -> String.format("%.1f GB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("unknown");
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memory, java);
    }

    private static Optional<String> line(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
