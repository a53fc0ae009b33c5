package fr.cibtp.espace.registry.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cibtp.espace.registry.EnrollmentCheck.Outcome;
import org.junit.jupiter.api.Test;

class CodeDecisionTest {

    private static final long NOW = 1_000_000L;
    private static final CodeState FRESH = new CodeState(NOW + 1, null, 0, null);

    @Test
    void theRightSiretAndCodeOpenAFreshPrecompte() {
        CodeDecision d = CodeDecision.decide(FRESH, true, true, NOW, 5);
        assertEquals(Outcome.ACCEPTED, d.outcome());
        assertFalse(d.countWrongAttempt());
    }

    @Test
    void aWrongCodeOrAWrongSiretCountsAndSaysTheSame() {
        CodeDecision wrongCode = CodeDecision.decide(FRESH, true, false, NOW, 5);
        CodeDecision wrongSiret = CodeDecision.decide(FRESH, false, true, NOW, 5);
        assertEquals(Outcome.REFUSED, wrongCode.outcome());
        assertEquals(Outcome.REFUSED, wrongSiret.outcome());
        assertTrue(wrongCode.countWrongAttempt());
        assertTrue(wrongSiret.countWrongAttempt());
    }

    @Test
    void theFifthWrongAttemptLocks() {
        CodeDecision fourth = CodeDecision.decide(new CodeState(NOW + 1, null, 3, null), true, false, NOW, 5);
        CodeDecision fifth = CodeDecision.decide(new CodeState(NOW + 1, null, 4, null), true, false, NOW, 5);
        assertEquals(Outcome.REFUSED, fourth.outcome());
        assertFalse(fourth.lock());
        assertEquals(Outcome.LOCKED, fifth.outcome());
        assertTrue(fifth.lock());
    }

    @Test
    void aLockedPrecompteStaysLockedEvenWithTheRightCode() {
        CodeDecision d = CodeDecision.decide(new CodeState(NOW + 1, null, 5, NOW - 1), true, true, NOW, 5);
        assertEquals(Outcome.LOCKED, d.outcome());
        assertFalse(d.countWrongAttempt());
    }

    @Test
    void anExpiredOrUsedCodeIsSaidSoOnlyToWhoeverKnowsIt() {
        assertEquals(Outcome.EXPIRED, CodeDecision.decide(new CodeState(NOW, null, 0, null), true, true, NOW, 5).outcome());
        assertEquals(Outcome.USED, CodeDecision.decide(new CodeState(NOW + 1, NOW - 5, 0, null), true, true, NOW, 5).outcome());
        assertEquals(Outcome.REFUSED, CodeDecision.decide(new CodeState(NOW, null, 0, null), true, false, NOW, 5).outcome());
    }

    @Test
    void noPrecompteIsARefusalWithNothingToCount() {
        CodeDecision d = CodeDecision.decide(null, false, false, NOW, 5);
        assertEquals(Outcome.REFUSED, d.outcome());
        assertFalse(d.countWrongAttempt());
    }
}
