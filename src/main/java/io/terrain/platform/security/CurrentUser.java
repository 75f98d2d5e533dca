package io.terrain.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who is calling, for role checks and the audit trail. Outside a request (start-up, timers) it is
 * "system", with no role.
 */
@ApplicationScoped
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Inject
    SecurityContext securityContext;

    public String username() {
        Principal principal = principal();
        return principal == null ? SYSTEM : principal.getName();
    }

    public boolean hasRole(Role role) {
        return principal() != null && securityContext.isCallerInRole(role.name());
    }

    /** Terrain working on its own behalf ({@link SystemTask}): scope checks let it see everything, as role checks do. */
    public boolean isSystemTask() {
        return SystemTask.isRunning();
    }

    public boolean isSignedIn() {
        return principal() != null;
    }

    private Principal principal() {
        try {
            return securityContext.getCallerPrincipal();
        } catch (IllegalStateException outsideARequest) {
            return null;
        }
    }
}
