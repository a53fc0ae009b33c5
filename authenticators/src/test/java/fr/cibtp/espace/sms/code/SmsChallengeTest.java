package fr.cibtp.espace.sms.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import fr.cibtp.espace.sms.code.SmsChallenge.Outcome;
import org.junit.jupiter.api.Test;

class SmsChallengeTest {

    private static final long TEN_MINUTES = 600_000;
    private final SmsChallenge fresh = new SmsChallenge("c0ffee", "482913", 1_000, 1_000 + TEN_MINUTES, 0);

    @Test
    void issuesSixRandomDigitsValidTenMinutes() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            SmsChallenge c = SmsChallenge.issue(random, 6, 5_000, TEN_MINUTES);
            assertTrue(c.code().matches("\\d{6}"), c.code());
            assertEquals(5_000 + TEN_MINUTES, c.expiresAt());
            seen.add(c.code());
        }
        assertTrue(seen.size() > 190, "codes repeat too often: " + seen.size());
    }

    @Test
    void acceptsTheRightCodeEvenWithSpaces() {
        assertEquals(Outcome.ACCEPTED, fresh.check("482913", 2_000, 3));
        assertEquals(Outcome.ACCEPTED, fresh.check(" 482 913 ", 2_000, 3));
    }

    @Test
    void threeWrongTriesNeedANewCode() {
        assertEquals(Outcome.WRONG, fresh.check("000000", 2_000, 3));
        assertEquals(Outcome.WRONG, fresh.atTry(1).check("000000", 2_000, 3));
        assertEquals(Outcome.EXHAUSTED, fresh.atTry(2).check("000000", 2_000, 3));
        assertEquals(Outcome.EXHAUSTED, fresh.atTry(3).check("482913", 2_000, 3), "even the right code");
    }

    @Test
    void expiresAfterItsLifetime() {
        assertEquals(Outcome.EXPIRED, fresh.check("482913", 1_000 + TEN_MINUTES, 3));
        assertEquals(Outcome.ACCEPTED, fresh.check("482913", TEN_MINUTES, 3));
    }

    @Test
    void aNewCodeWaitsForTheResendInterval() {
        assertFalse(fresh.canResendAt(60_999, 60_000));
        assertEquals(1, fresh.secondsBeforeResend(60_000, 60_000));
        assertTrue(fresh.canResendAt(61_000, 60_000));
        assertEquals(0, fresh.secondsBeforeResend(61_000, 60_000));
    }

    @Test
    void travelsAsAnAuthSessionNoteAndNeverPrintsTheCode() {
        assertEquals(fresh, SmsChallenge.fromNote(fresh.toNote()));
        assertNull(SmsChallenge.fromNote("garbage"));
        assertNull(SmsChallenge.fromNote(null));
        assertFalse(fresh.toString().contains("482913"));
    }
}
