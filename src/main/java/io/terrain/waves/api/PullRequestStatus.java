package io.terrain.waves.api;

/** Where a line manager's request to go earlier stands. */
public enum PullRequestStatus {
    OPEN,
    ACCEPTED,
    DECLINED
}
