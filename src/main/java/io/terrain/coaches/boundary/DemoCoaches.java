package io.terrain.coaches.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.coaches.api.CoachDraft;
import io.terrain.coaches.api.CoachStatus;
import io.terrain.coaches.api.Training;
import io.terrain.coaches.api.VisitDraft;
import io.terrain.coaches.api.VisitPurpose;
import io.terrain.coaches.control.CoachStore;
import io.terrain.coaches.entity.Assignment;
import io.terrain.coaches.entity.Coach;
import io.terrain.coaches.entity.Visit;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.persistence.DemoDataWanted;
import io.terrain.platform.security.SystemTask;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * Puts the demo coach on the roster, assigned to six sites of one region, with visits planned over
 * the coming weeks (one week over capacity, so the workload view has something to flag).
 */
@ApplicationScoped
public class DemoCoaches {

    @Inject
    CoachStore store;

    @Inject
    Network network;

    @Inject
    UsersFacade users;

    @Inject
    AuditTrail audit;

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 400) DemoDataWanted event) {
        if (!store.all().isEmpty()) {
            return;
        }
        UserSummary user = SystemTask.call(() -> users.page("coach", 0, 10).items()).stream()
                .filter(u -> u.username().equals("coach")).findFirst().orElse(null);
        if (user == null) {
            return;
        }
        List<SitePlacement> sites = SystemTask.call(network::sitePlacements);
        Long region = sites.get(0).regionId();
        List<Long> mine = sites.stream().filter(s -> region != null && region.equals(s.regionId())).limit(6).map(SitePlacement::siteId).toList();
        Coach coach = new Coach(user.id());
        coach.apply(new CoachDraft(user.id(), "Directrice de magasin", mine.get(0), LocalDate.now().minusMonths(2),
                LocalDate.now().plusMonths(10), region, new BigDecimal("2"), List.of("fr", "en"), CoachStatus.ACTIVE,
                List.of(new Training("Conduite du changement — fondamentaux", LocalDate.now().minusMonths(2)),
                        new Training("Coaching d'équipe en magasin", LocalDate.now().minusWeeks(3)),
                        new Training("Animer un rituel managérial", null))));
        store.add(coach);
        store.flush();
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (Long site : mine) {
            store.add(new Assignment(coach.getId(), site, monday.minusWeeks(4), null));
        }
        int[][] plan = {{0, 0}, {0, 1}, {0, 3}, {1, 1}, {1, 3}, {2, 2}, {3, 0}};
        VisitPurpose[] purposes = {VisitPurpose.LAUNCH, VisitPurpose.COACHING, VisitPurpose.COACHING, VisitPurpose.COACHING,
            VisitPurpose.FOLLOW_UP, VisitPurpose.COACHING, VisitPurpose.FOLLOW_UP};
        for (int i = 0; i < plan.length; i++) {
            store.add(new Visit(new VisitDraft(UUID.randomUUID().toString(), coach.getId(), mine.get(i % mine.size()),
                    monday.plusWeeks(plan[i][0]).plusDays(plan[i][1]), LocalTime.of(9, 30), 150, purposes[i], null)));
        }
        store.flush();
        audit.record("Coach", coach.getId(), "CREATE", AuditDetail.of("audit.detail.demoCoach"));
    }
}
