package io.terrain.platform.api;

import java.io.Serializable;
import io.terrain.platform.security.Role;
import java.util.Set;

public record UserSummary(long id, String username, String displayName, String email, String language,
                          boolean active, Set<Role> roles, long version) implements Serializable {
}
