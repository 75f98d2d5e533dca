package io.terrain.platform.security;

/** The four roles of Terrain, stored by name in platform_user_role and read at every request. */
public enum Role {
    ADMIN,
    PROGRAM_MANAGER,
    COACH,
    EXECUTIVE
}
