package io.terrain.diagnostics.api;

/** The organizational determinants behind behaviour at a contact point. */
public enum DeterminantKind {
    ROLES,
    STAFFING,
    SKILLS,
    LAYOUT,
    TOOLS,
    OBJECTIVES,
    MANAGEMENT_RITUALS
}
