package io.terrain.platform.security;

/** The roles of Terrain, stored by name in platform_user_role and read at every request. */
public enum Role {
    ADMIN,
    PROGRAM_MANAGER,
    COACH,
    EXECUTIVE,
    /** Answers for org units (region, sector) or sites: sees and acts only inside that perimeter (network's ManagedPerimeter). */
    LINE_MANAGER
}
