package fr.cibtp.espace.registry.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CodeLockPolicyTest {

    private static final long NOW = 1_000_000L;
    private static final long MINUTE = 60_000L;
    private final CodeLockPolicy policy = new CodeLockPolicy(5, Duration.ofMinutes(15), 3);

    @Test
    void everyFifthWrongCodeLocksTwiceAsLongAsTheLastThenForGood() {
        assertFalse(policy.after(4, NOW).any());
        assertEquals(NOW + 15 * MINUTE, policy.after(5, NOW).until());
        assertFalse(policy.after(6, NOW).any());
        assertEquals(NOW + 30 * MINUTE, policy.after(10, NOW).until());
        assertEquals(NOW + 60 * MINUTE, policy.after(15, NOW).until());
        assertTrue(policy.after(20, NOW).permanent());
        assertTrue(policy.after(50, NOW).permanent());
        assertFalse(policy.after(21, NOW).any(), "already locked for good at the 20th");
    }
}
