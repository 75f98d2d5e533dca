package io.terrain.coaches.boundary;

import io.terrain.coaches.api.CoachingFigures;
import io.terrain.coaches.api.NextVisit;
import io.terrain.coaches.api.SiteCoaching;
import io.terrain.coaches.control.CoachingStore;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coaching of sites in counts, for the dashboards. Readers of the rollout only: the caller (the dashboards) has
 * already kept the sites to the reader's scope, and no visit's content leaves this module here.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class CoachingFiguresFacade implements CoachingFigures {

    @Inject
    CoachingStore store;

    @Inject
    UsersFacade users;

    @Override
    public Map<Long, SiteCoaching> coaching(Collection<Long> siteIds, LocalDate on, LocalDate from, LocalDate to) {
        Set<Long> coached = store.coachedSites(siteIds, on);
        Map<Long, LocalDate> last = store.lastLoggedVisits(siteIds);
        Map<Long, int[]> visits = store.visitCounts(siteIds, from, to);
        Map<Long, SiteCoaching> coaching = new HashMap<>();
        for (Long site : siteIds) {
            int[] v = visits.getOrDefault(site, new int[2]);
            coaching.put(site, new SiteCoaching(site, coached.contains(site), last.get(site), v[0], v[1]));
        }
        return coaching;
    }

    @Override
    public Optional<NextVisit> nextVisit(long siteId, LocalDate from) {
        return store.nextPlanned(siteId, from).map(row -> new NextVisit((LocalDate) row[0],
                users.byIds(List.of((Long) row[1])).stream().map(UserSummary::displayName).findFirst().orElse("")));
    }
}
