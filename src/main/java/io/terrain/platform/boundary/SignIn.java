package io.terrain.platform.boundary;

import io.terrain.platform.control.SignInThrottleStore;
import io.terrain.platform.control.SignInThrottleStore.Failures;
import io.terrain.platform.control.UserStore;
import io.terrain.platform.entity.User;
import io.terrain.platform.security.Caller;
import io.terrain.platform.security.PasswordHasher;
import io.terrain.platform.security.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a password, for the login page and for API clients' HTTP Basic. Open to anonymous callers
 * by nature: it is what signs them in.
 * <ul>
 *   <li>Every outcome costs one password hash (unknown user, deactivated account, throttled try,
 *   wrong or right password), so the time taken tells nothing about the account.
 *   <li>Failures are throttled per account and client address and per address ({@link SignInThrottle}),
 *   never locked: a throttled try is refused even with the right password, and counts as a failure.
 *   <li>The tries of one account from one address are serialised by a row lock, so a burst of
 *   concurrent guesses is counted one by one.
 * </ul>
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    UserStore users;

    @Inject
    SignInThrottleStore throttle;

    @Inject
    PasswordHasher hasher;

    public sealed interface Outcome {
    }

    public record SignedIn(Caller caller, long sessionStamp) implements Outcome {
    }

    public record Refused() implements Outcome {
    }

    public record Throttled(Duration retryAfter) implements Outcome {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome attempt(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.strip();
        String secret = password == null ? "" : password;
        Instant now = Instant.now();
        String accountKey = SignInThrottle.ACCOUNT_FROM_ADDRESS.key(name, clientAddress);
        String addressKey = SignInThrottle.ADDRESS.key(name, clientAddress);
        Failures account = throttle.lock(accountKey, now);
        Failures address = throttle.peek(addressKey, now);
        Duration wait = max(SignInThrottle.ACCOUNT_FROM_ADDRESS.waitLeft(account.count(), account.last(), now),
                SignInThrottle.ADDRESS.waitLeft(address.count(), address.last(), now));
        Optional<User> found = users.byUsername(name);
        if (!wait.isZero()) {
            // Counted too: hammering a throttled key only makes its wait longer.
            hasher.spendTimeOnUnknownUser(secret);
            throttle.recordFailure(accountKey, now);
            throttle.recordFailure(addressKey, now);
            LOG.info(() -> "Sign-in throttled for " + name + " from " + clientAddress);
            return new Throttled(wait);
        }
        boolean passwordMatches = found.isPresent() ? hasher.verify(secret, found.get().getPasswordHash())
                : hasher.spendTimeOnUnknownUser(secret);
        if (!passwordMatches || !found.get().isActive()) {
            throttle.recordFailure(accountKey, now);
            throttle.recordFailure(addressKey, now);
            return new Refused();
        }
        throttle.forget(accountKey);
        User user = found.get();
        return new SignedIn(new Caller(user.getId(), user.getUsername(), user.getRoles(), user.isPasswordMustChange()),
                user.getSessionStamp());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
