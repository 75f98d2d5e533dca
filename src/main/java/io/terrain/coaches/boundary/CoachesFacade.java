package io.terrain.coaches.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.coaches.api.CoachDraft;
import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.Coaches;
import io.terrain.coaches.api.WeekLoad;
import io.terrain.coaches.control.CoachRules;
import io.terrain.coaches.control.CoachStore;
import io.terrain.coaches.control.Workload;
import io.terrain.coaches.entity.Coach;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The coaches' roster: program managers and administrators put coaches on it and change them; executives read it;
 * a coach sees their own profile only (the scope rule is {@link CoachScope}'s). Also what other modules ask
 * ({@link Coaches}). Assignments, planned visits and logged visits have their own facades.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class CoachesFacade implements Coaches {

    @Inject
    CoachStore store;

    @Inject
    UsersFacade users;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    CoachScope access;

    // ---- roster ----

    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public List<CoachSummary> coaches() {
        List<CoachSummary> all = access.summaries(store.all());
        List<CoachSummary> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return sorted;
    }

    public CoachSummary coach(long id) {
        return access.summaries(List.of(access.visible(id))).get(0);
    }

    /** The signed-in coach's own profile. */
    public CoachSummary me() {
        Coach coach = store.byUser(users.me().id()).orElseThrow(() -> new NotFound("Coach", currentUser.username()));
        return access.summaries(List.of(coach)).get(0);
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
        audit.record("Coach", coach.getId(), id == null ? "CREATE" : "UPDATE", AuditDetail.of("audit.detail.status", AuditDetail.term("coach.status." + coach.getStatus())));
        return access.summaries(List.of(coach)).get(0);
    }

    /** Each coach's weeks between two days: visits and visit days against capacity. A coach sees their own. */
    @Override
    public List<WeekLoad> workload(Long coachId, LocalDate from, LocalDate to) {
        Long scope = access.coachScope(coachId);
        List<Coach> coaches = scope == null ? store.all() : List.of(store.byId(scope).orElseThrow(() -> new NotFound("Coach", scope)));
        // Whole weeks: a week that starts before "from" still counts all its visits.
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return Workload.of(coaches, access.names(coaches), store.visits(scope, firstMonday, lastSunday), from, to);
    }

    @Override
    @RequiresRole(Role.COACH)
    public boolean isMySite(long siteId, LocalDate on) {
        Optional<Coach> me = currentUser.id().flatMap(store::byUser);
        return me.isPresent() && store.assignments(me.get().getId(), on, on).stream().anyMatch(a -> a.getSiteId() == siteId);
    }

    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public List<CoachSummary> coachesOfSite(long siteId, LocalDate on) {
        Set<Long> ids = new HashSet<>();
        store.assignments(null, on, on).stream().filter(a -> a.getSiteId() == siteId).forEach(a -> ids.add(a.getCoachId()));
        return access.summaries(store.all().stream().filter(c -> ids.contains(c.getId())).toList());
    }
}
