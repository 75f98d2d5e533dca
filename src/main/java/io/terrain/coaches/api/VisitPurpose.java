package io.terrain.coaches.api;

/** Why a coach goes to a site. */
public enum VisitPurpose {
    DIAGNOSIS,
    LAUNCH,
    COACHING,
    FOLLOW_UP
}
