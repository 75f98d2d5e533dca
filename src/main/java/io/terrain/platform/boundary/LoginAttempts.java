package io.terrain.platform.boundary;

import io.terrain.platform.api.UserSummary;
import io.terrain.platform.control.UserStore;
import io.terrain.platform.entity.User;
import io.terrain.platform.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a password and keeps count of failures. Open to anonymous callers by nature: it is what
 * signs them in. A locked or deactivated account is refused even with the right password.
 */
@ApplicationScoped
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @Inject
    UserStore users;

    @Inject
    PasswordHasher hasher;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UserSummary> verify(String username, String password) {
        Optional<User> found = users.byUsername(username == null ? "" : username.trim());
        if (found.isEmpty()) {
            hasher.spendTimeOnUnknownUser(password == null ? "" : password);
            return Optional.empty();
        }
        User user = found.get();
        Instant now = Instant.now();
        if (user.isLocked(now) || !user.isActive()) {
            LOG.info(() -> "Sign-in refused for locked or inactive account " + user.getUsername());
            return Optional.empty();
        }
        if (password == null || !hasher.verify(password, user.getPasswordHash())) {
            user.recordFailedLogin(now);
            if (user.isLocked(now)) {
                LOG.warning(() -> "Account " + user.getUsername() + " locked after repeated failed sign-ins");
            }
            return Optional.empty();
        }
        user.recordSuccessfulLogin();
        return Optional.of(user.summary());
    }

    /** For the login page: tells a locked account apart from a wrong password. */
    @Transactional
    public boolean isLocked(String username) {
        return users.byUsername(username == null ? "" : username.trim()).map(u -> u.isLocked(Instant.now())).orElse(false);
    }
}
