package fr.cibtp.espace.bench;

import java.io.IOException;
import java.nio.file.Path;

import org.jboss.logging.Logger;

/**
 * With {@code -Dbench.profile=true}: a JDK Flight Recording of the node while the scenarios run, started and dumped
 * through jcmd so the node starts as it always does. Open it with JDK Mission Control or {@code jfr print}.
 */
final class FlightRecording {

    private static final Logger LOG = Logger.getLogger(FlightRecording.class);
    private static final String NAME = "cibtp-bench";

    private FlightRecording() {
    }

    static void start(long pid) throws IOException, InterruptedException {
        LOG.info(HeapProbe.jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile"));
    }

    static Path stop(long pid, Path file) throws IOException, InterruptedException {
        LOG.info(HeapProbe.jcmd(pid, "JFR.stop", "name=" + NAME, "filename=" + file.toAbsolutePath()));
        return file;
    }
}
