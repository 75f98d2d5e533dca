package io.terrain.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theFifthConsecutiveFailureLocksForFifteenMinutes() {
        for (int failures = 1; failures < LoginPolicy.MAX_CONSECUTIVE_FAILURES; failures++) {
            assertNull(LoginPolicy.lockAfterFailure(failures, NOW), "after " + failures + " failures");
        }
        assertEquals(Instant.parse("2026-11-22T10:15:00Z"), LoginPolicy.lockAfterFailure(5, NOW));
    }

    @Test
    void aLockHoldsUntilItsEnd() {
        Instant until = NOW.plusSeconds(900);
        assertTrue(LoginPolicy.isLocked(until, NOW));
        assertTrue(LoginPolicy.isLocked(until, until.minusMillis(1)));
        assertFalse(LoginPolicy.isLocked(until, until));
        assertFalse(LoginPolicy.isLocked(null, NOW));
    }
}
