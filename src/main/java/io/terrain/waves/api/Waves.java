package io.terrain.waves.api;

import java.util.List;

/** What other modules (dashboards) may ask of the rollout. */
public interface Waves {

    /** Every plan, newest first, with its counts. */
    List<PlanSummary> plans();

    /** Every plan the caller sees, newest first, without counting its sites (a dashboard's plan menu). */
    List<PlanChoice> planChoices();

    /** A plan's waves by go-live date. */
    List<WaveSummary> waves(long planId);
}
