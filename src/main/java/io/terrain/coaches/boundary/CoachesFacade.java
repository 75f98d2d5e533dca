package io.terrain.coaches.boundary;

import io.terrain.coaches.api.AgreedAction;
import io.terrain.coaches.api.AssignmentDraft;
import io.terrain.coaches.api.AssignmentSummary;
import io.terrain.coaches.api.CoachDraft;
import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.Coaches;
import io.terrain.coaches.api.LoggedVisit;
import io.terrain.coaches.api.OpenAction;
import io.terrain.coaches.api.RegionCoverage;
import io.terrain.coaches.api.SiteAgenda;
import io.terrain.coaches.api.VisitDraft;
import io.terrain.coaches.api.VisitLog;
import io.terrain.coaches.api.VisitLogged;
import io.terrain.coaches.api.VisitPurpose;
import io.terrain.coaches.api.VisitSummary;
import io.terrain.coaches.api.WeekLoad;
import io.terrain.coaches.control.CoachRules;
import io.terrain.coaches.control.CoachStore;
import io.terrain.coaches.control.Workload;
import io.terrain.coaches.entity.Assignment;
import io.terrain.coaches.entity.Coach;
import io.terrain.coaches.entity.Visit;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.AccessDenied;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The coaches' transaction boundary and scope rule: program managers and administrators staff and
 * plan; executives read; a coach sees their own profile, assignments, workload and visits only
 * (another coach's id answers "not found", and the attempt is logged).
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class CoachesFacade implements Coaches {

    private static final Logger LOG = Logger.getLogger(CoachesFacade.class.getName());

    @Inject
    CoachStore store;

    @Inject
    Network network;

    @Inject
    UsersFacade users;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<VisitLogged> visitLogged;

    /** The rollout module's agenda of each site, when it is deployed; none until then (a free list). */
    @Inject
    @Any
    Instance<SiteAgenda> agendas;

    // ---- roster ----

    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public List<CoachSummary> coaches() {
        List<CoachSummary> all = summaries(store.all());
        List<CoachSummary> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return sorted;
    }

    public CoachSummary coach(long id) {
        return summaries(List.of(visible(id))).get(0);
    }

    /** The signed-in coach's own profile. */
    public CoachSummary me() {
        Coach coach = store.byUser(users.me().id()).orElseThrow(() -> new NotFound("Coach", currentUser.username()));
        return summaries(List.of(coach)).get(0);
    }

    /** Users with the COACH role who may be put on the roster. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public List<UserSummary> coachUsers() {
        return users.withAnyRole(Set.of(Role.COACH));
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public CoachSummary saveCoach(Long id, long expectedVersion, CoachDraft draft) {
        List<Problem> problems = new ArrayList<>(CoachRules.check(draft));
        if (draft.userId() != null && coachUsers().stream().noneMatch(u -> u.id() == draft.userId())) {
            problems.add(Problem.of("userId", "coach.user.notCoach", draft.userId()));
        }
        Coach coach;
        if (id == null) {
            if (draft.userId() != null && store.byUser(draft.userId()).isPresent()) {
                problems.add(Problem.of("userId", "coach.user.taken", draft.userId()));
            }
            InvalidInput.ifAny(problems);
            coach = new Coach(draft.userId());
            coach.apply(draft);
            store.add(coach);
        } else {
            coach = store.byId(id).orElseThrow(() -> new NotFound("Coach", id));
            if (coach.getVersion() != expectedVersion) {
                throw new EditConflict("Coach", id);
            }
            if (draft.userId() != null && draft.userId() != coach.getUserId()) {
                problems.add(Problem.of("userId", "coach.user.immutable"));
            }
            InvalidInput.ifAny(problems);
            coach.apply(draft);
        }
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("Coach", id);
        }
        audit.record("Coach", coach.getId(), id == null ? "CREATE" : "UPDATE", String.valueOf(coach.getStatus()));
        return summaries(List.of(coach)).get(0);
    }

    // ---- assignments, coverage, workload ----

    public List<AssignmentSummary> assignments(Long coachId, LocalDate from, LocalDate to) {
        Long scope = coachScope(coachId);
        return assignmentSummaries(store.assignments(scope, from, to));
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public AssignmentSummary assign(AssignmentDraft draft) {
        List<Problem> problems = new ArrayList<>(CoachRules.check(draft));
        if (draft.coachId() != null && store.byId(draft.coachId()).isEmpty()) {
            problems.add(Problem.of("coachId", "coach.unknown", draft.coachId()));
        }
        if (draft.siteId() != null && network.sitesByIds(List.of(draft.siteId())).isEmpty()) {
            problems.add(Problem.of("siteId", "site.unknown", draft.siteId()));
        }
        InvalidInput.ifAny(problems);
        // One assignment decision per coach at a time: two concurrent requests cannot both pass the overlap check.
        store.lockCoach(draft.coachId());
        LocalDate end = draft.endsOn() == null ? LocalDate.of(9999, 12, 31) : draft.endsOn();
        boolean overlaps = store.assignments(draft.coachId(), draft.startsOn(), end).stream()
                .anyMatch(a -> a.getSiteId() == draft.siteId());
        if (overlaps) {
            throw new InvalidInput(Problem.of("siteId", "assignment.overlap"));
        }
        Assignment assignment = new Assignment(draft.coachId(), draft.siteId(), draft.startsOn(), draft.endsOn());
        store.add(assignment);
        store.flush();
        audit.record("Assignment", assignment.getId(), "CREATE", "coach " + draft.coachId() + " site " + draft.siteId());
        return assignmentSummaries(List.of(assignment)).get(0);
    }

    /** Ends an assignment on a day (the coach stays on the site until then). */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public AssignmentSummary endAssignment(long id, long expectedVersion, LocalDate on) {
        Assignment assignment = store.assignment(id).orElseThrow(() -> new NotFound("Assignment", id));
        if (assignment.getVersion() != expectedVersion) {
            throw new EditConflict("Assignment", id);
        }
        if (on.isBefore(assignment.getStartsOn())) {
            throw new InvalidInput(Problem.of("endsOn", "campaign.period.inverted", assignment.getStartsOn(), on));
        }
        assignment.endOn(on);
        try {
            store.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new EditConflict("Assignment", id);
        }
        audit.record("Assignment", id, "END", on.toString());
        return assignmentSummaries(List.of(assignment)).get(0);
    }

    /** Per region, active sites with and without a coach on this day. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public List<RegionCoverage> coverage(LocalDate on) {
        Set<Long> covered = store.assignments(null, on, on).stream().map(Assignment::getSiteId).collect(Collectors.toSet());
        Map<Long, String> regions = regionNames();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (SitePlacement site : network.sitePlacements()) {
            if (site.status() != SiteStatus.ACTIVE) {
                continue;
            }
            int[] c = counts.computeIfAbsent(site.regionId() == null ? -1L : site.regionId(), r -> new int[2]);
            c[0]++;
            if (covered.contains(site.siteId())) {
                c[1]++;
            }
        }
        List<RegionCoverage> coverage = new ArrayList<>();
        counts.forEach((region, c) -> coverage.add(new RegionCoverage(region < 0 ? null : region,
                region < 0 ? "—" : regions.getOrDefault(region, "#" + region), c[0], c[1])));
        coverage.sort((a, b) -> a.regionName().compareToIgnoreCase(b.regionName()));
        return coverage;
    }

    /** Active sites of a region (null: all) without a coach on this day, by name. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public List<SiteSummary> uncoveredSites(Long regionId, LocalDate on) {
        Set<Long> covered = store.assignments(null, on, on).stream().map(Assignment::getSiteId).collect(Collectors.toSet());
        List<Long> ids = network.sitePlacements().stream().filter(s -> s.status() == SiteStatus.ACTIVE)
                .filter(s -> regionId == null || regionId.equals(s.regionId())).map(SitePlacement::siteId)
                .filter(id -> !covered.contains(id)).toList();
        return network.sitesByIds(ids);
    }

    /** Each coach's weeks between two days: visits and visit days against capacity. A coach sees their own. */
    @Override
    public List<WeekLoad> workload(Long coachId, LocalDate from, LocalDate to) {
        Long scope = coachScope(coachId);
        List<Coach> coaches = scope == null ? store.all() : List.of(store.byId(scope).orElseThrow(() -> new NotFound("Coach", scope)));
        // Whole weeks: a week that starts before "from" still counts all its visits.
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return Workload.of(coaches, names(coaches), store.visits(scope, firstMonday, lastSunday), from, to);
    }

    // ---- planned visits ----

    public List<VisitSummary> visits(Long coachId, LocalDate from, LocalDate to) {
        return visitSummaries(store.visits(coachScope(coachId), from, to));
    }

    /**
     * Plans a visit (or moves it, when its UUID is known). A coach plans their own visits, on sites
     * they are assigned to on that day; program managers plan anyone's.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.COACH}) // executives read
    public VisitSummary planVisit(VisitDraft draft) {
        List<Problem> problems = new ArrayList<>(CoachRules.check(draft));
        InvalidInput.ifAny(problems);
        coachScope(draft.coachId());
        Coach coach = store.byId(draft.coachId()).orElseThrow(() -> new NotFound("Coach", draft.coachId()));
        boolean assigned = store.assignments(coach.getId(), draft.date(), draft.date()).stream().anyMatch(a -> a.getSiteId() == draft.siteId());
        if (!assigned) {
            throw new InvalidInput(Problem.of("siteId", "visit.site.notAssigned", draft.siteId(), draft.date()));
        }
        Visit visit = store.visitByUuid(draft.uuid()).orElse(null);
        boolean planned = visit == null;
        if (planned) {
            visit = new Visit(draft);
            store.add(visit);
        } else {
            if (visit.getCoachId() != draft.coachId() || visit.isLogged()) {
                throw new EditConflict("Visit", draft.uuid(), "visit.uuid.reused");
            }
            if (draft.version() == null || draft.version() != visit.getVersion()) {
                // Moved or changed by someone else since it was read: never overwrite unseen.
                throw new EditConflict("Visit", draft.uuid());
            }
            visit.plan(draft);
        }
        try {
            store.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new EditConflict("Visit", draft.uuid());
        }
        audit.record("Visit", visit.getId(), planned ? "PLAN" : "MOVE", "coach " + draft.coachId() + " site " + draft.siteId() + " "
                + draft.date() + (draft.startTime() == null ? "" : " " + draft.startTime()));
        return visitSummaries(List.of(visit)).get(0);
    }

    /**
     * A cadence to start from (the user edits it before saving): a launch visit, weekly coaching for
     * four weeks, then follow-ups two and six weeks later. Dates only; nothing is saved.
     */
    public List<VisitDraft> suggestCadence(long coachId, long siteId, LocalDate start) {
        coachScope(coachId);
        List<VisitDraft> cadence = new ArrayList<>();
        cadence.add(draft(coachId, siteId, start, VisitPurpose.LAUNCH, 240));
        for (int week = 1; week <= 4; week++) {
            cadence.add(draft(coachId, siteId, start.plusWeeks(week), VisitPurpose.COACHING, 180));
        }
        cadence.add(draft(coachId, siteId, start.plusWeeks(6), VisitPurpose.FOLLOW_UP, 120));
        cadence.add(draft(coachId, siteId, start.plusWeeks(10), VisitPurpose.FOLLOW_UP, 120));
        return cadence;
    }

    private static VisitDraft draft(long coachId, long siteId, LocalDate day, VisitPurpose purpose, int minutes) {
        return new VisitDraft(UUID.randomUUID().toString(), coachId, siteId, day, LocalTime.of(9, 30), minutes, purpose, null);
    }

    // ---- logged visits ----

    /**
     * Records a visit from the coach's phone. The UUID makes resends harmless: the same content
     * again returns the stored visit (created=false); other content under the same UUID is refused
     * (409). A planned visit's UUID logs that visit. Only the coach's own visits, on sites they are
     * assigned to that day; anything else is refused (403) and logged.
     */
    @RequiresRole(Role.COACH)
    public LoggedVisit logVisit(VisitLog log) {
        Coach me = myCoach();
        InvalidInput.ifAny(CoachRules.check(log));
        Visit existing = store.visitByUuid(log.uuid()).orElse(null);
        if (existing != null && existing.getCoachId() != me.getId()) {
            LOG.warning(() -> "Refused visit " + log.uuid() + " to " + currentUser.username() + " (another coach's)");
            throw new EditConflict("Visit", log.uuid(), "visit.uuid.reused");
        }
        if (existing != null && existing.isLogged()) {
            if (existing.sameAs(me.getId(), log)) {
                return new LoggedVisit(visitSummaries(List.of(existing)).get(0), false);
            }
            throw new EditConflict("Visit", log.uuid(), "visit.uuid.reused");
        }
        boolean assigned = store.assignments(me.getId(), log.date(), log.date()).stream().anyMatch(a -> a.getSiteId() == log.siteId());
        if (!assigned && store.everAssigned(me.getId(), log.siteId())) {
            // One of the coach's own sites on a day outside the assignment: a wrong date to correct, not an intrusion.
            throw new InvalidInput(Problem.of("date", "visit.date.notAssigned", log.date()));
        }
        if (!assigned) {
            LOG.warning(() -> "Refused a visit at site " + log.siteId() + " to " + currentUser.username() + " (not assigned)");
            throw new AccessDenied();
        }
        Visit visit = existing;
        if (visit == null) {
            visit = new Visit(me.getId(), log);
            store.add(visit);
        } else {
            visit.log(log);
        }
        store.flush();
        visitLogged.fire(new VisitLogged(visit.getId(), me.getId(), visit.getSiteId(), visit.getDate(), visit.getPurpose(),
                visit.workedOnList(), visit.completedList(), visit.actionList().size(), visit.getTeamMood()));
        audit.record("Visit", visit.getId(), "LOG", "site " + visit.getSiteId());
        return new LoggedVisit(visitSummaries(List.of(visit)).get(0), true);
    }

    /** Logged visits between two days, newest first, of a coach (a coach: their own) and/or a site. */
    public List<VisitSummary> history(Long coachId, Long siteId, LocalDate from, LocalDate to) {
        List<Visit> visits = new ArrayList<>(store.visits(coachScope(coachId), from, to).stream().filter(Visit::isLogged)
                .filter(v -> siteId == null || v.getSiteId() == siteId).toList());
        Collections.reverse(visits);
        return visitSummaries(visits);
    }

    /** Actions still open from logged visits (a coach: their own), the overdue ones first. */
    public List<OpenAction> openActions(Long coachId, LocalDate today) {
        List<Visit> visits = store.visits(coachScope(coachId), today.minusYears(2), today.plusYears(1)).stream()
                .filter(Visit::isLogged).toList();
        Map<Long, String> names = names(store.all());
        Map<Long, String> sites = network.sitesByIds(visits.stream().map(Visit::getSiteId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
        List<OpenAction> open = new ArrayList<>();
        for (Visit v : visits) {
            List<AgreedAction> agreed = v.actionList();
            for (int position = 0; position < agreed.size(); position++) {
                var a = agreed.get(position);
                if ("OPEN".equals(a.status())) {
                    open.add(new OpenAction(v.getId(), position, v.getCoachId(), names.getOrDefault(v.getCoachId(), "?"), v.getSiteId(),
                            sites.getOrDefault(v.getSiteId(), "?"), v.getDate(), a.description(), a.owner(), a.dueOn(),
                            a.dueOn() != null && a.dueOn().isBefore(today), v.getVersion()));
                }
            }
        }
        open.sort(Comparator.comparing(OpenAction::overdue).reversed().thenComparing(OpenAction::dueOn,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return open;
    }

    /** An agreed action moves on: DONE, DROPPED or OPEN again. The visit's coach, or a program manager. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.COACH})
    public void setActionStatus(long visitId, long expectedVersion, int position, String status) {
        if (!Set.of("OPEN", "DONE", "DROPPED").contains(status)) {
            throw new InvalidInput(Problem.of("status", "visit.action.status"));
        }
        Visit visit = store.visit(visitId).orElseThrow(() -> new NotFound("Visit", visitId));
        coachScope(visit.getCoachId());
        if (visit.getVersion() != expectedVersion) {
            throw new EditConflict("Visit", visitId);
        }
        if (!visit.isLogged() || !visit.setActionStatus(position, status)) {
            throw new NotFound("Action", visitId + "/" + position);
        }
        try {
            store.flush();
        } catch (OptimisticLockException concurrentEdit) {
            throw new EditConflict("Visit", visitId);
        }
        audit.record("Visit", visitId, "ACTION", position + " " + status);
    }

    @Override
    @RequiresRole(Role.COACH)
    public boolean isMySite(long siteId, LocalDate on) {
        Optional<Coach> me = currentUser.id().flatMap(store::byUser);
        return me.isPresent() && store.assignments(me.get().getId(), on, on).stream().anyMatch(a -> a.getSiteId() == siteId);
    }

    /** The signed-in coach's day: planned visits, the sites they may log a visit at, and each site's agenda. */
    public MyDay myDay(LocalDate day) {
        Coach me = myCoach();
        List<VisitSummary> planned = visitSummaries(store.visits(me.getId(), day, day));
        List<SiteSummary> sites = network.sitesByIds(store.assignments(me.getId(), day, day).stream().map(Assignment::getSiteId)
                .collect(Collectors.toSet()));
        Map<Long, List<String>> agenda = new HashMap<>();
        for (SiteSummary site : sites) {
            List<String> items = new ArrayList<>();
            agendas.forEach(a -> items.addAll(a.currentItems(site.id())));
            agenda.put(site.id(), items);
        }
        return new MyDay(day, planned, sites, agenda);
    }

    /** The day a coach's phone page works from. */
    public record MyDay(LocalDate day, List<VisitSummary> planned, List<SiteSummary> sites, Map<Long, List<String>> agenda)
            implements Serializable {
    }

    private Coach myCoach() {
        return store.byUser(users.me().id()).orElseThrow(() -> {
            LOG.warning(() -> "Refused visit logging to " + currentUser.username() + " (not on the coach roster)");
            return new AccessDenied();
        });
    }

    // ---- scope and helpers ----

    private boolean isCoachOnly() {
        return currentUser.hasRole(Role.COACH) && !currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.PROGRAM_MANAGER)
                && !currentUser.hasRole(Role.EXECUTIVE);
    }

    /**
     * The coach id a query may cover: any (or null: all) for managers and executives; a coach only
     * their own — asking for another coach is refused and logged.
     */
    private Long coachScope(Long requested) {
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

    private Coach visible(long id) {
        coachScope(id);
        return store.byId(id).orElseThrow(() -> new NotFound("Coach", id));
    }

    private List<CoachSummary> summaries(List<Coach> coaches) {
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
    private Map<Long, String> names(Collection<Coach> coaches) {
        Map<Long, String> byUser = users.byIds(coaches.stream().map(Coach::getUserId).toList()).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
        Map<Long, String> names = new HashMap<>();
        coaches.forEach(c -> names.put(c.getId(), byUser.getOrDefault(c.getUserId(), "#" + c.getUserId())));
        return names;
    }

    private Map<Long, String> regionNames() {
        return network.orgUnits().stream().filter(u -> u.level() == OrgLevel.REGION)
                .collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
    }

    private List<AssignmentSummary> assignmentSummaries(List<Assignment> assignments) {
        Map<Long, String> names = names(store.all());
        Map<Long, SiteSummary> sites = network.sitesByIds(assignments.stream().map(Assignment::getSiteId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(SiteSummary::id, Function.identity()));
        return assignments.stream().map(a -> {
            SiteSummary s = sites.get(a.getSiteId());
            return new AssignmentSummary(a.getId(), a.getCoachId(), names.getOrDefault(a.getCoachId(), "?"), a.getSiteId(),
                    s == null ? "?" : s.code(), s == null ? "?" : s.name(), a.getStartsOn(), a.getEndsOn(), a.getVersion());
        }).toList();
    }

    private List<VisitSummary> visitSummaries(List<Visit> visits) {
        Map<Long, String> names = names(store.all());
        Map<Long, String> sites = network.sitesByIds(visits.stream().map(Visit::getSiteId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
        return visits.stream().map(v -> new VisitSummary(v.getId(), v.getUuid(), v.getCoachId(), names.getOrDefault(v.getCoachId(), "?"),
                v.getSiteId(), sites.getOrDefault(v.getSiteId(), "?"), v.getDate(), v.getStartTime(), v.getDurationMinutes(),
                v.getPurpose(), v.isLogged(), v.getObservations(), v.getTeamMood(), v.getVersion())).toList();
    }

    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public List<CoachSummary> coachesOfSite(long siteId, LocalDate on) {
        Set<Long> ids = new HashSet<>();
        store.assignments(null, on, on).stream().filter(a -> a.getSiteId() == siteId).forEach(a -> ids.add(a.getCoachId()));
        return summaries(store.all().stream().filter(c -> ids.contains(c.getId())).toList());
    }
}
