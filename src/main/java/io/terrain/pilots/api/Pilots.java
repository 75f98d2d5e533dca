package io.terrain.pilots.api;

import java.util.List;

/** What other modules (waves, dashboards) may ask of the pilots. */
public interface Pilots {

    List<PilotSummary> pilots();

    /** Published package versions, newest first: what the rollout (waves) may deploy. */
    List<PackageSummary> publishedPackages();
}
