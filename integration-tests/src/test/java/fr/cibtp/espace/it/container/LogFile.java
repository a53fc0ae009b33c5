package fr.cibtp.espace.it.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

import org.testcontainers.containers.output.OutputFrame;

/** Keycloak's output in a file of its own (read it when the container does not start), apart from the tests' output. */
final class LogFile implements Consumer<OutputFrame> {

    private final Path file;

    LogFile(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void accept(OutputFrame frame) {
        try {
            Files.writeString(file, frame.getUtf8String(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
