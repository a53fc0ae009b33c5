package fr.cibtp.espace.registry.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void readsLinesWithTheirNumbers() throws IOException {
        LineReader reader = reader("\uFEFF{\"a\":1}\r\n\n{\"b\":\"é\"}", 100);
        assertEquals(new LineReader.Line(1, "{\"a\":1}", false), reader.next());
        assertEquals(new LineReader.Line(2, "", false), reader.next());
        assertEquals(new LineReader.Line(3, "{\"b\":\"é\"}", false), reader.next());
        assertNull(reader.next());
    }

    @Test
    void skipsAnOverlongLineWithoutHoldingIt() throws IOException {
        InputStream tenMegabytes = new InputStream() {
            private long left = 10L * 1024 * 1024;

            @Override
            public int read() {
                if (left-- > 0) {
                    return 'x';
                }
                return left == -1 ? '\n' : (left == -2 ? 'o' : (left == -3 ? 'k' : -1));
            }
        };
        LineReader reader = new LineReader(tenMegabytes, 64 * 1024);
        LineReader.Line line = reader.next();
        assertTrue(line.tooLong());
        assertEquals(1, line.number());
        assertEquals(new LineReader.Line(2, "ok", false), reader.next());
        assertNull(reader.next());
    }

    private static LineReader reader(String body, int max) {
        return new LineReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), max);
    }
}
