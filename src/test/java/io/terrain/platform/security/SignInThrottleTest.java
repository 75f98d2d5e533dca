package io.terrain.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void anAccountFromOneAddressHasFiveFreeFailuresThenTheWaitDoubles() {
        SignInThrottle throttle = SignInThrottle.ACCOUNT_FROM_ADDRESS;
        for (int failures = 0; failures <= 5; failures++) {
            assertEquals(Duration.ZERO, throttle.delayAfter(failures), failures + " failures");
        }
        assertEquals(Duration.ofSeconds(1), throttle.delayAfter(6));
        assertEquals(Duration.ofSeconds(2), throttle.delayAfter(7));
        assertEquals(Duration.ofSeconds(4), throttle.delayAfter(8));
        assertEquals(Duration.ofSeconds(512), throttle.delayAfter(15));
        assertEquals(Duration.ofMinutes(15), throttle.delayAfter(16), "2^10 s = 1024 s is past the 900 s ceiling");
        assertEquals(Duration.ofMinutes(15), throttle.delayAfter(10_000));
    }

    @Test
    void anAddressHasTwentyFreeFailuresAcrossAccounts() {
        assertEquals(Duration.ZERO, SignInThrottle.ADDRESS.delayAfter(20));
        assertEquals(Duration.ofSeconds(1), SignInThrottle.ADDRESS.delayAfter(21));
    }

    @Test
    void theWaitLeftCountsFromTheLastFailure() {
        SignInThrottle throttle = SignInThrottle.ACCOUNT_FROM_ADDRESS;
        Instant last = NOW.minusSeconds(3);
        assertEquals(Duration.ofSeconds(5), throttle.waitLeft(9, last, NOW), "8 s after 9 failures, 3 s gone");
        assertEquals(Duration.ZERO, throttle.waitLeft(9, NOW.minusSeconds(8), NOW));
        assertEquals(Duration.ZERO, throttle.waitLeft(5, NOW, NOW), "within the allowance");
        assertEquals(Duration.ZERO, throttle.waitLeft(0, null, NOW));
    }

    @Test
    void keysSeparateAccountsAndAddresses() {
        assertEquals("account|admin|10.1.2.3", SignInThrottle.ACCOUNT_FROM_ADDRESS.key("Admin", "10.1.2.3"));
        assertEquals("address|10.1.2.3", SignInThrottle.ADDRESS.key("admin", "10.1.2.3"));
    }
}
