package fr.cibtp.espace.sms.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * A code sent by SMS, as kept in the authentication session it is bound to: a random id naming this code (never the
 * code itself) where its tries are counted, the code, when it was sent, when it expires, and the wrong tries so far.
 * Compared in constant time; never logged.
 */
public record SmsChallenge(String id, String code, long sentAt, long expiresAt, int wrongTries) {

    public enum Outcome {
        ACCEPTED,
        WRONG,
        /** The last allowed try was wrong too: a new code is needed. */
        EXHAUSTED,
        EXPIRED
    }

    public static SmsChallenge issue(SecureRandom random, int digits, long now, long lifetimeMillis) {
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return new SmsChallenge(Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()), code.toString(), now,
                now + lifetimeMillis, 0);
    }

    /** What a typed code does to this challenge; spaces typed between digits are ignored. */
    public Outcome check(String typed, long now, int maxTries) {
        if (wrongTries >= maxTries) {
            return Outcome.EXHAUSTED;
        }
        if (now >= expiresAt) {
            return Outcome.EXPIRED;
        }
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        boolean same = MessageDigest.isEqual(digits.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8));
        if (same) {
            return Outcome.ACCEPTED;
        }
        return wrongTries + 1 >= maxTries ? Outcome.EXHAUSTED : Outcome.WRONG;
    }

    /** This challenge as seen by the try that took slot {@code tries} (all tries before it were wrong). */
    public SmsChallenge atTry(int tries) {
        return new SmsChallenge(id, code, sentAt, expiresAt, tries);
    }

    /** A new code may be sent once the minimum interval since the last one has passed. */
    public boolean canResendAt(long now, long minIntervalMillis) {
        return now - sentAt >= minIntervalMillis;
    }

    /** Seconds to wait before a new code may be sent. */
    public long secondsBeforeResend(long now, long minIntervalMillis) {
        return Math.max(0, (sentAt + minIntervalMillis - now + 999) / 1000);
    }

    /** The form kept in an authentication-session note. */
    public String toNote() {
        return id + ":" + code + ":" + sentAt + ":" + expiresAt + ":" + wrongTries;
    }

    public static SmsChallenge fromNote(String note) {
        if (note == null) {
            return null;
        }
        String[] parts = note.split(":");
        if (parts.length != 5) {
            return null;
        }
        try {
            return new SmsChallenge(parts[0], parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]), Integer.parseInt(parts[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "SmsChallenge[sentAt=" + sentAt + ", expiresAt=" + expiresAt + ", wrongTries=" + wrongTries + "]";
    }
}
