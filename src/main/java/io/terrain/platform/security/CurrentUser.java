package io.terrain.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who is calling, for role checks, scopes and the audit trail: the {@link Caller} the request guard
 * resolved from Terrain's own user store for this request. Outside a request (start-up, timers) it
 * is "system", with no role.
 */
@ApplicationScoped
public class CurrentUser {

    public static final String SYSTEM = "system";

    public String username() {
        return caller().map(Caller::username).orElse(SYSTEM);
    }

    public Optional<Long> id() {
        return caller().map(Caller::id);
    }

    public boolean hasRole(Role role) {
        return caller().map(c -> c.has(role)).orElse(false);
    }

    /** Terrain working on its own behalf ({@link SystemTask}): scope checks let it see everything, as role checks do. */
    public boolean isSystemTask() {
        return SystemTask.isRunning();
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    private static Optional<Caller> caller() {
        return CallerContext.current();
    }
}
