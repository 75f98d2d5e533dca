package io.terrain.waves.api;

import java.util.List;

/** What other modules (dashboards) may ask of the rollout. */
public interface Waves {

    /** Every plan, newest first, with its counts. */
    List<PlanSummary> plans();

    /** A plan's waves by go-live date. */
    List<WaveSummary> waves(long planId);
}
