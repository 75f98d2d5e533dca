package io.terrain.diagnostics.api;

/** How an observation criterion is answered: yes / no / not applicable, a 1-5 rating, or minutes (timings). */
public enum CriterionKind {
    YES_NO,
    RATING,
    MINUTES
}
