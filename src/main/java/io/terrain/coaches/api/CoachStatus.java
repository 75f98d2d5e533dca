package io.terrain.coaches.api;

/** Where a coach stands: being trained, coaching, or back in operations. */
public enum CoachStatus {
    IN_TRAINING,
    ACTIVE,
    ENDED
}
