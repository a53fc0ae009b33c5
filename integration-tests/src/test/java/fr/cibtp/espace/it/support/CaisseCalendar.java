package fr.cibtp.espace.it.support;

import java.time.Instant;
import java.time.LocalDate;

import fr.cibtp.espace.time.CaisseClock;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;

/**
 * The caisse's clock seen from a test: the server reckons dates in Paris ({@link CaisseClock#ZONE}) on Keycloak's
 * clock, which a test may have moved ({@link TimeOffSet}). The test machine's own zone and clock are neither: near
 * midnight, or with an offset, they name another day than the server's.
 */
public final class CaisseCalendar {

    private CaisseCalendar() {
    }

    /** The server's instant, its clock not moved. */
    public static Instant now() {
        return Instant.now();
    }

    /** The server's instant, its clock moved by {@code offset}. */
    public static Instant now(TimeOffSet offset) {
        return now().plusSeconds(offset.get());
    }

    /** Today in France, the server's clock not moved. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), CaisseClock.ZONE);
    }

    /** Today in France, the server's clock moved by {@code offset}. */
    public static LocalDate today(TimeOffSet offset) {
        return LocalDate.ofInstant(now(offset), CaisseClock.ZONE);
    }
}
