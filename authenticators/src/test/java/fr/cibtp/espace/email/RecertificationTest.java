package fr.cibtp.espace.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RecertificationTest {

    private static final Instant CERTIFIED = Instant.parse("2025-01-10T08:00:00Z");

    private static Recertification at(int daysLater, int period, int grace) {
        return Recertification.of(CERTIFIED, CERTIFIED.plus(Duration.ofDays(daysLater)), period, grace);
    }

    @Test
    void currentForThePeriodThenExpired() {
        assertEquals(Recertification.CURRENT, at(0, 365, 0));
        assertEquals(Recertification.CURRENT, at(364, 365, 0));
        assertEquals(Recertification.EXPIRED, at(365, 365, 0));
    }

    @Test
    void aGraceComesBetween() {
        assertEquals(Recertification.GRACE, at(365, 365, 30));
        assertEquals(Recertification.GRACE, at(394, 365, 30));
        assertEquals(Recertification.EXPIRED, at(395, 365, 30));
        assertEquals(CERTIFIED.plus(Duration.ofDays(395)), Recertification.blockedFrom(CERTIFIED, 365, 30));
    }
}
