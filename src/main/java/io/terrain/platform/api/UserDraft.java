package io.terrain.platform.api;

import java.io.Serializable;
import io.terrain.platform.security.Role;
import java.util.Set;

/** What an administrator types to create or change a user; password only when creating. */
public record UserDraft(String username, String displayName, String email, String language,
                        Set<Role> roles, String password) implements Serializable {
}
