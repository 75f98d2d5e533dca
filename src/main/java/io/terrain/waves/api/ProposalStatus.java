package io.terrain.waves.api;

/** A proposal being searched, finished (time limit or nothing left to improve), stopped by the manager, or failed. */
public enum ProposalStatus {
    SOLVING,
    DONE,
    STOPPED,
    FAILED,
    ACCEPTED
}
