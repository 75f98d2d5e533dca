package io.terrain.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Repeated failed sign-ins block the account for a while, which turns a password-guessing run into
 * a few guesses an hour. The count resets on a successful sign-in.
 */
public final class LoginPolicy {

    public static final int MAX_CONSECUTIVE_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LoginPolicy() {
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** When the account should unlock after this failure, or null while it stays open. */
    public static Instant lockAfterFailure(int consecutiveFailures, Instant now) {
        return consecutiveFailures >= MAX_CONSECUTIVE_FAILURES ? now.plus(LOCK_DURATION) : null;
    }
}
