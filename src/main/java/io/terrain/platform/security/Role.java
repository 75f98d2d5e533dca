package io.terrain.platform.security;

/** The four roles of Terrain. Their names are also the groups the identity store returns. */
public enum Role {
    ADMIN,
    PROGRAM_MANAGER,
    COACH,
    EXECUTIVE
}
