package fr.cibtp.espace.it.support;

import org.jboss.logging.Logger;

/** Timings and sizes the tests measure, for the notes: logged at WARN, the level the suite shows. */
public final class Measurements {

    private static final Logger LOG = Logger.getLogger(Measurements.class);

    private Measurements() {
    }

    public static void report(String format, Object... values) {
        LOG.warnf("Measured: " + format, values);
    }
}
