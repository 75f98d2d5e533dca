package io.terrain.coaches.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.coaches.api.VisitDraft;
import io.terrain.coaches.api.VisitPurpose;
import io.terrain.coaches.api.VisitSummary;
import io.terrain.coaches.control.CoachRules;
import io.terrain.coaches.control.CoachStore;
import io.terrain.coaches.entity.Coach;
import io.terrain.coaches.entity.Visit;
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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Visits planned on a coach's calendar: planning or moving one (never over another's change), a cadence to start from. */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class VisitPlanningFacade {

    @Inject
    CoachStore store;

    @Inject
    AuditTrail audit;

    @Inject
    CoachScope access;

    // ---- planned visits ----

    public List<VisitSummary> visits(Long coachId, LocalDate from, LocalDate to) {
        return access.visitSummaries(store.visits(access.coachScope(coachId), from, to));
    }

    /**
     * Plans a visit (or moves it, when its UUID is known). A coach plans their own visits, on sites
     * they are assigned to on that day; program managers plan anyone's.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.COACH}) // executives read
    public VisitSummary planVisit(VisitDraft draft) {
        List<Problem> problems = new ArrayList<>(CoachRules.check(draft));
        InvalidInput.ifAny(problems);
        access.coachScope(draft.coachId());
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
        audit.record("Visit", visit.getId(), planned ? "PLAN" : "MOVE", AuditDetail.of("audit.detail.visitPlanned", String.valueOf(draft.coachId()),
                String.valueOf(draft.siteId()), draft.date() + (draft.startTime() == null ? "" : " " + draft.startTime())));
        return access.visitSummaries(List.of(visit)).get(0);
    }

    /**
     * A cadence to start from (the user edits it before saving): a launch visit, weekly coaching for
     * four weeks, then follow-ups two and six weeks later. Dates only; nothing is saved.
     */
    public List<VisitDraft> suggestCadence(long coachId, long siteId, LocalDate start) {
        access.coachScope(coachId);
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
}
