package fr.cibtp.espace.email;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule of periodic email re-certification: a certification is current for the period, then a grace period (if
 * any) lets the user in with a notice, then the account is blocked until its new link is clicked.
 */
public enum Recertification {
    CURRENT,
    GRACE,
    EXPIRED;

    public static Recertification of(Instant certifiedAt, Instant now, int periodDays, int graceDays) {
        Instant due = certifiedAt.plus(Duration.ofDays(periodDays));
        if (now.isBefore(due)) {
            return CURRENT;
        }
        return now.isBefore(due.plus(Duration.ofDays(graceDays))) ? GRACE : EXPIRED;
    }

    /** When the account will be blocked if the link is not clicked. */
    public static Instant blockedFrom(Instant certifiedAt, int periodDays, int graceDays) {
        return certifiedAt.plus(Duration.ofDays((long) periodDays + graceDays));
    }
}
