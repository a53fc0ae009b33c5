package fr.cibtp.espace.registry.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads an NDJSON body one line at a time, holding at most one line of at most {@code maxBytes} in memory: a longer
 * line is skipped to its end and reported as too long, so a 10 MB line never reaches the JSON parser.
 */
public final class LineReader {

    /** A line of the body: its number (from 1) and text, or {@code tooLong} with no text. */
    public record Line(long number, String text, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPosition;
    private int chunkLength;
    private long number;
    private boolean ended;

    public LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Refills the chunk when it is used up; false at the end of the body. */
    private boolean fill() throws IOException {
        if (chunkPosition < chunkLength) {
            return true;
        }
        chunkLength = Math.max(in.read(chunk, 0, chunk.length), 0);
        chunkPosition = 0;
        return chunkLength > 0;
    }

    /** The next line, or null at the end of the body. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        buffer.reset();
        boolean tooLong = false;
        boolean endOfLine = false;
        // Copies whole runs of the chunk up to the newline: byte by byte, a million lines cost seconds.
        while (!endOfLine && fill()) {
            int start = chunkPosition;
            int end = start;
            while (end < chunkLength && chunk[end] != '\n') {
                end++;
            }
            endOfLine = end < chunkLength;
            chunkPosition = endOfLine ? end + 1 : end;
            if (!tooLong && buffer.size() + (end - start) > maxBytes) {
                tooLong = true;
                buffer.reset();
            }
            if (!tooLong) {
                buffer.write(chunk, start, end - start);
            }
        }
        if (!endOfLine) {
            ended = true;
            if (buffer.size() == 0 && !tooLong) {
                return null;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null, true);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (number == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Line(number, text, false);
    }
}
