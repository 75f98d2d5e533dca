package io.terrain.waves.api;

import io.terrain.indicators.api.StaggeredImpact;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the dashboards read of a rollout. Kept to the caller's scope as the plan pages are: a line manager's figures
 * count their sites only, and a plan or place outside it answers 404.
 */
public interface RolloutProgress {

    /** The heterogeneity dimension of stored impacts whose groups are regions, by name. */
    String IMPACT_BY_REGION = "region";

    /** The heterogeneity dimension of stored impacts whose groups are the plan's waves, by code. */
    String IMPACT_BY_WAVE = "wave";

    /** The plan's rollout in a place of the network, counted on {@code today} (overdue items, the curve's last month). */
    RolloutOverview overview(long planId, RolloutPlace place, LocalDate today);

    /** The impact on a KPI against not-yet-adopted sites as last stored; empty while it is being computed. */
    Optional<StaggeredImpact> storedImpact(long planId, String kpiCode);

    /** The perimeter's org units with their engagement and blocks. */
    List<UnitEngagement> engagement(long planId);

    /** The line managers' requests to go earlier (a line manager's: about their perimeter), without what they cover. */
    List<PullRequestDated> pullRequests(long planId);

    /**
     * A site's open checklist items due by {@code until} (overdue ones included), across the plans it is rolled out in
     * that the caller sees, soonest first; none for a site in no plan. (An empty list, not a 404: the caller has decided
     * whether the reader may see the site, and a thrown error would end the caller's transaction.)
     */
    List<DueItem> dueItems(long siteId, LocalDate until);

    /** The plan's coach load per week (needed against given), for whole-network readers. */
    List<CoachWeek> coachLoad(long planId);
}
