package fr.cibtp.espace.registry.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cibtp.espace.registry.EnrollmentCheck.Outcome;
import org.junit.jupiter.api.Test;

class CodeDecisionTest {

    private static final long NOW = 1_000_000L;
    private static final CodeState FRESH = new CodeState(NOW + 1, null, 0, null, null);
    private static final CodeState TEMPORARILY_LOCKED = new CodeState(NOW + 1, null, 5, NOW + 10, null);
    private static final CodeState LOCKED_FOR_GOOD = new CodeState(NOW + 1, null, 20, null, NOW - 1);
    private static final CodeState EXPIRED = new CodeState(NOW, null, 0, null, null);
    private static final CodeState USED = new CodeState(NOW + 1, NOW - 5, 0, null, null);

    @Test
    void theRightSiretAndCodeOpenAFreshPrecompte() {
        CodeDecision d = CodeDecision.decide(FRESH, true, true, NOW);
        assertEquals(Outcome.ACCEPTED, d.outcome());
        assertFalse(d.countWrongAttempt());
    }

    @Test
    void onlyAWrongCodeForTheRightIdentifiantAndSiretCounts() {
        assertTrue(CodeDecision.decide(FRESH, true, false, NOW).countWrongAttempt());
        assertFalse(CodeDecision.decide(FRESH, false, true, NOW).countWrongAttempt(), "a wrong SIRET is no guess of the code");
        assertFalse(CodeDecision.decide(FRESH, false, false, NOW).countWrongAttempt());
        assertTrue(CodeDecision.decide(TEMPORARILY_LOCKED, true, false, NOW).countWrongAttempt(), "guesses during a lock count too");
    }

    @Test
    void whoeverLacksThePartsIsRefusedInTheSameWordsWhateverTheState() {
        for (CodeState state : new CodeState[] {null, FRESH, TEMPORARILY_LOCKED, LOCKED_FOR_GOOD, EXPIRED, USED}) {
            assertEquals(Outcome.REFUSED, CodeDecision.decide(state, true, false, NOW).outcome());
            assertEquals(Outcome.REFUSED, CodeDecision.decide(state, false, true, NOW).outcome());
        }
    }

    @Test
    void theHolderOfTheRightLettersIsToldWhatToDo() {
        CodeDecision temporary = CodeDecision.decide(TEMPORARILY_LOCKED, true, true, NOW);
        assertEquals(Outcome.LOCKED, temporary.outcome());
        assertEquals(NOW + 10, temporary.lockedUntil());
        CodeDecision permanent = CodeDecision.decide(LOCKED_FOR_GOOD, true, true, NOW);
        assertEquals(Outcome.LOCKED, permanent.outcome());
        assertNull(permanent.lockedUntil());
        assertEquals(Outcome.EXPIRED, CodeDecision.decide(EXPIRED, true, true, NOW).outcome());
        assertEquals(Outcome.USED, CodeDecision.decide(USED, true, true, NOW).outcome());
        assertEquals(Outcome.ACCEPTED, CodeDecision.decide(new CodeState(NOW + 1, null, 5, NOW, null), true, true, NOW).outcome(),
                "a temporary lock ends");
    }
}
