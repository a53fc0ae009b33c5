package fr.cibtp.espace.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.keycloak.common.util.Time;

/**
 * The one clock of the CIBTP extensions: Keycloak's {@link Time} (which tests and admins may offset), read in the
 * caisses' time zone for calendar dates (a delegation's "date d'effet", a lock's end shown to the user).
 */
public final class CaisseClock {

    /** The caisses' time zone: dates of delegations, mail-merge expiry dates, hours shown on the pages. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private CaisseClock() {
    }

    public static Instant now() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }

    public static long millis() {
        return Time.currentTimeMillis();
    }

    /** Today's date in France. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }
}
