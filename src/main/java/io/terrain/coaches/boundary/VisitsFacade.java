package io.terrain.coaches.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.coaches.api.AgreedAction;
import io.terrain.coaches.api.LoggedVisit;
import io.terrain.coaches.api.OpenAction;
import io.terrain.coaches.api.SiteAgenda;
import io.terrain.coaches.api.VisitLog;
import io.terrain.coaches.api.VisitLogged;
import io.terrain.coaches.api.VisitSummary;
import io.terrain.coaches.control.CoachRules;
import io.terrain.coaches.control.CoachStore;
import io.terrain.coaches.entity.Assignment;
import io.terrain.coaches.entity.Coach;
import io.terrain.coaches.entity.Visit;
import io.terrain.network.api.Network;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What coaches log from their phones: visits (once per UUID, whatever the phone resends), the actions agreed with the
 * teams and their follow-up, and the coach's day the phone page works from.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class VisitsFacade {

    private static final Logger LOG = Logger.getLogger(VisitsFacade.class.getName());

    @Inject
    CoachStore store;

    @Inject
    Network network;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<VisitLogged> visitLogged;

    @Inject
    CoachScope access;

    /** The rollout module's agenda of each site, when it is deployed; none until then (a free list). */
    @Inject
    @Any
    Instance<SiteAgenda> agendas;

    // ---- logged visits ----

    /**
     * Records a visit from the coach's phone. The UUID makes resends harmless: the same content
     * again returns the stored visit (created=false); other content under the same UUID is refused
     * (409). A planned visit's UUID logs that visit. Only the coach's own visits, on sites they are
     * assigned to that day; anything else is refused (403) and logged.
     */
    @RequiresRole(Role.COACH)
    public LoggedVisit logVisit(VisitLog log) {
        Coach me = access.myCoach();
        InvalidInput.ifAny(CoachRules.check(log));
        Visit existing = store.visitByUuid(log.uuid()).orElse(null);
        if (existing != null && existing.getCoachId() != me.getId()) {
            LOG.warning(() -> "Refused visit " + log.uuid() + " to " + currentUser.username() + " (another coach's)");
            throw new EditConflict("Visit", log.uuid(), "visit.uuid.reused");
        }
        if (existing != null && existing.isLogged()) {
            if (existing.sameAs(me.getId(), log)) {
                return new LoggedVisit(access.visitSummaries(List.of(existing)).get(0), false);
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
        return new LoggedVisit(access.visitSummaries(List.of(visit)).get(0), true);
    }

    /** Logged visits between two days, newest first, of a coach (a coach: their own) and/or a site. */
    public List<VisitSummary> history(Long coachId, Long siteId, LocalDate from, LocalDate to) {
        List<Visit> visits = new ArrayList<>(store.visits(access.coachScope(coachId), from, to).stream().filter(Visit::isLogged)
                .filter(v -> siteId == null || v.getSiteId() == siteId).toList());
        Collections.reverse(visits);
        return access.visitSummaries(visits);
    }

    /** Actions still open from logged visits (a coach: their own), the overdue ones first. */
    public List<OpenAction> openActions(Long coachId, LocalDate today) {
        List<Visit> visits = store.visits(access.coachScope(coachId), today.minusYears(2), today.plusYears(1)).stream()
                .filter(Visit::isLogged).toList();
        Map<Long, String> names = access.names(store.all());
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
        access.coachScope(visit.getCoachId());
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
        audit.record("Visit", visitId, "ACTION", AuditDetail.of("audit.detail.visitAction", String.valueOf(position), AuditDetail.term("visit.actionStatus." + status)));
    }

    /** The signed-in coach's day: planned visits, the sites they may log a visit at, and each site's agenda. */
    public MyDay myDay(LocalDate day) {
        Coach me = access.myCoach();
        List<VisitSummary> planned = access.visitSummaries(store.visits(me.getId(), day, day));
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
}
