package io.terrain.coaches.boundary;

import io.terrain.coaches.api.AssignmentSummary;
import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.VisitSummary;
import io.terrain.coaches.control.CoachStore;
import io.terrain.coaches.entity.Assignment;
import io.terrain.coaches.entity.Coach;
import io.terrain.coaches.entity.Visit;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.security.AccessDenied;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The coaches' scope rule, shared by their facades (in their transactions): program managers, administrators and
 * executives see every coach; a coach only their own profile, assignments, workload and visits — another coach's id
 * answers "not found", and the attempt is logged. Also the summaries the facades answer with (names read in one query).
 */
@ApplicationScoped
class CoachScope {

    private static final Logger LOG = Logger.getLogger(CoachScope.class.getName());

    @Inject
    CoachStore store;

    @Inject
    Network network;

    @Inject
    UsersFacade users;

    @Inject
    CurrentUser currentUser;

    public Coach myCoach() {
        return store.byUser(users.me().id()).orElseThrow(() -> {
            LOG.warning(() -> "Refused visit logging to " + currentUser.username() + " (not on the coach roster)");
            return new AccessDenied();
        });
    }

    

    public boolean isCoachOnly() {
        return currentUser.hasRole(Role.COACH) && !currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.PROGRAM_MANAGER)
                && !currentUser.hasRole(Role.EXECUTIVE);
    }

    /**
     * The coach id a query may cover: any (or null: all) for managers and executives; a coach only
     * their own — asking for another coach is refused and logged.
     */
    public Long coachScope(Long requested) {
        if (!isCoachOnly()) {
            return requested;
        }
        Coach mine = store.byUser(users.me().id()).orElseThrow(() -> new NotFound("Coach", currentUser.username()));
        if (requested != null && !requested.equals(mine.getId())) {
            LOG.warning(() -> "Refused coach " + requested + " to " + currentUser.username() + " (not their own)");
            throw new NotFound("Coach", requested);
        }
        return mine.getId();
    }

    public Coach visible(long id) {
        coachScope(id);
        return store.byId(id).orElseThrow(() -> new NotFound("Coach", id));
    }

    public List<CoachSummary> summaries(List<Coach> coaches) {
        Map<Long, String> names = names(coaches);
        Map<Long, String> regions = regionNames();
        Set<Long> formerSites = coaches.stream().map(Coach::getFormerSiteId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> siteNames = network.sitesByIds(formerSites).stream().collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
        return coaches.stream().map(c -> new CoachSummary(c.getId(), c.getUserId(), names.get(c.getId()), c.getFormerRole(),
                c.getFormerSiteId(), c.getFormerSiteId() == null ? null : siteNames.get(c.getFormerSiteId()), c.getSecondedFrom(),
                c.getSecondedUntil(), c.getHomeRegionId(), c.getHomeRegionId() == null ? null : regions.get(c.getHomeRegionId()),
                c.getCapacityDays(), c.languageList(), c.getStatus(), c.trainingList(), c.getVersion())).toList();
    }

    /** Coach id → the coach's display name. */
    public Map<Long, String> names(Collection<Coach> coaches) {
        Map<Long, String> byUser = users.byIds(coaches.stream().map(Coach::getUserId).toList()).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
        Map<Long, String> names = new HashMap<>();
        coaches.forEach(c -> names.put(c.getId(), byUser.getOrDefault(c.getUserId(), "#" + c.getUserId())));
        return names;
    }

    public Map<Long, String> regionNames() {
        return network.orgUnits().stream().filter(u -> u.level() == OrgLevel.REGION)
                .collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
    }

    public List<AssignmentSummary> assignmentSummaries(List<Assignment> assignments) {
        Map<Long, String> names = names(store.all());
        Map<Long, SiteSummary> sites = network.sitesByIds(assignments.stream().map(Assignment::getSiteId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(SiteSummary::id, Function.identity()));
        return assignments.stream().map(a -> {
            SiteSummary s = sites.get(a.getSiteId());
            return new AssignmentSummary(a.getId(), a.getCoachId(), names.getOrDefault(a.getCoachId(), "?"), a.getSiteId(),
                    s == null ? "?" : s.code(), s == null ? "?" : s.name(), a.getStartsOn(), a.getEndsOn(), a.getVersion());
        }).toList();
    }

    public List<VisitSummary> visitSummaries(List<Visit> visits) {
        Map<Long, String> names = names(store.all());
        Map<Long, String> sites = network.sitesByIds(visits.stream().map(Visit::getSiteId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
        return visits.stream().map(v -> new VisitSummary(v.getId(), v.getUuid(), v.getCoachId(), names.getOrDefault(v.getCoachId(), "?"),
                v.getSiteId(), sites.getOrDefault(v.getSiteId(), "?"), v.getDate(), v.getStartTime(), v.getDurationMinutes(),
                v.getPurpose(), v.isLogged(), v.getObservations(), v.getTeamMood(), v.getVersion())).toList();
    }
}
