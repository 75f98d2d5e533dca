package io.terrain.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How long failed sign-ins make the next try wait. No account is ever locked (a lock lets anyone
 * lock anyone out): past a free allowance, every failure doubles the wait, up to a ceiling, and only
 * for the key that failed. Two keys are counted: one account from one client address (password
 * guessing) and one client address whatever the account (password spraying).
 */
public enum SignInThrottle {

    ACCOUNT_FROM_ADDRESS(5),
    ADDRESS(20);

    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    private final int freeFailures;

    SignInThrottle(int freeFailures) {
        this.freeFailures = freeFailures;
    }

    public int freeFailures() {
        return freeFailures;
    }

    public String key(String username, String address) {
        return this == ADDRESS ? "address|" + address : "account|" + username.toLowerCase(java.util.Locale.ROOT) + "|" + address;
    }

    /** The wait after this many consecutive failures: none within the allowance, then 1 s, 2 s, 4 s… up to 15 minutes. */
    public Duration delayAfter(int failures) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        if (beyond > 20) {
            return LONGEST_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << (beyond - 1));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** Zero when a try may go ahead now, else how long it must still wait. */
    public Duration waitLeft(int failures, Instant lastFailure, Instant now) {
        if (lastFailure == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, lastFailure.plus(delayAfter(failures)));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
