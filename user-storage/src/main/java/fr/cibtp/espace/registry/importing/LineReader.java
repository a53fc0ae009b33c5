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

    private int read() throws IOException {
        if (chunkPosition == chunkLength) {
            chunkLength = in.read(chunk, 0, chunk.length);
            chunkPosition = 0;
            if (chunkLength <= 0) {
                chunkLength = 0;
                return -1;
            }
        }
        return chunk[chunkPosition++] & 0xff;
    }

    /** The next line, or null at the end of the body. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        buffer.reset();
        boolean tooLong = false;
        int b;
        while ((b = read()) != -1 && b != '\n') {
            if (tooLong) {
                continue;
            }
            if (buffer.size() >= maxBytes) {
                tooLong = true;
                buffer.reset();
            } else {
                buffer.write(b);
            }
        }
        if (b == -1) {
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
