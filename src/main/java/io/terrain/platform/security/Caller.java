package io.terrain.platform.security;

import java.util.Set;

/**
 * The signed-in user of one request, as Terrain's user store says at that request: roles and the
 * first-password flag are never older than the request itself.
 */
public record Caller(long id, String username, Set<Role> roles, boolean mustChangePassword) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
