package io.terrain.coaches.boundary;

import io.terrain.coaches.api.AssignmentDraft;
import io.terrain.coaches.api.AssignmentSummary;
import io.terrain.coaches.api.RegionCoverage;
import io.terrain.coaches.control.CoachRules;
import io.terrain.coaches.control.CoachStore;
import io.terrain.coaches.entity.Assignment;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which coach is on which site when: assigning, ending an assignment, and the network's coverage by region. */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class CoachAssignmentsFacade {

    @Inject
    CoachStore store;

    @Inject
    Network network;

    @Inject
    AuditTrail audit;

    @Inject
    CoachScope access;

    // ---- assignments, coverage, workload ----

    public List<AssignmentSummary> assignments(Long coachId, LocalDate from, LocalDate to) {
        Long scope = access.coachScope(coachId);
        return access.assignmentSummaries(store.assignments(scope, from, to));
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
        return access.assignmentSummaries(List.of(assignment)).get(0);
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
        return access.assignmentSummaries(List.of(assignment)).get(0);
    }

    /** Per region, active sites with and without a coach on this day. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public List<RegionCoverage> coverage(LocalDate on) {
        // Counted, not loaded: the network's active sites per region, and the places of the covered sites only.
        Set<Long> covered = store.assignments(null, on, on).stream().map(Assignment::getSiteId).collect(Collectors.toSet());
        Map<Long, String> regions = access.regionNames();
        Map<Long, Long> coveredByRegion = new HashMap<>();
        for (SitePlacement site : network.placementsOf(covered)) {
            if (site.status() == SiteStatus.ACTIVE) {
                coveredByRegion.merge(site.regionId(), 1L, Long::sum);
            }
        }
        List<RegionCoverage> coverage = new ArrayList<>();
        network.activeSitesByRegion().forEach((region, sites) -> coverage.add(new RegionCoverage(region,
                region == null ? "—" : regions.getOrDefault(region, "#" + region), sites.intValue(),
                coveredByRegion.getOrDefault(region, 0L).intValue())));
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
}
