package io.terrain.dashboards.boundary;

import io.terrain.coaches.api.CoachingFigures;
import io.terrain.dashboards.api.FeedbackResponse;
import io.terrain.dashboards.api.Place;
import io.terrain.dashboards.api.SiteDay;
import io.terrain.dashboards.control.SiteKpis;
import io.terrain.indicators.api.Indicators;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Page;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.DueItem;
import io.terrain.waves.api.RolloutProgress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A site's day for its team and line managers: one site's own rows (a few KPIs over a few periods, a fortnight of
 * feedback, its checklist), never anything aggregated over the network. A site outside a line manager's perimeter
 * answers 404.
 */
@RequestScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class SiteDayFacade {

    /** Feedback shown: the last two weeks, the first responses in treatment order. */
    static final int FEEDBACK_DAYS = 14;
    static final int FEEDBACK_LISTED = 20;

    /** Checklist items shown: overdue ones and those due in the next two weeks. */
    static final int DUE_DAYS_AHEAD = 14;

    /** KPI periods read back: enough for two monthly values. */
    static final int KPI_DAYS_BACK = 100;

    @Inject
    PlaceScope scope;

    @Inject
    Indicators indicators;

    @Inject
    FeedbackFacade feedback;

    @Inject
    RolloutProgress rollout;

    @Inject
    CoachingFigures coaching;

    /** The site a line manager answers for by itself, for their daily view's default. */
    public Optional<Long> ownSite() {
        return scope.ownSite();
    }

    public SiteDay day(Long siteId) {
        if (siteId == null) {
            throw new NotFound("Site", "?");
        }
        Place site = scope.resolve(null, siteId);
        LocalDate today = LocalDate.now();
        Page<FeedbackResponse> latest = feedback.list(siteId, today.minusDays(FEEDBACK_DAYS - 1L), today, null, 0, FEEDBACK_LISTED);
        List<DueItem> due = rollout.dueItems(siteId, today.plusDays(DUE_DAYS_AHEAD));
        return new SiteDay(site, today, SiteKpis.of(indicators.kpis(), indicators.siteValuesByKpi(siteId, today.minusDays(KPI_DAYS_BACK), today)),
                latest.items(), latest.total(), FEEDBACK_DAYS, due, coaching.nextVisit(siteId, today).orElse(null));
    }
}
