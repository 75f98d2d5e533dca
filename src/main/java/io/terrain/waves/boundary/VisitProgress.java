package io.terrain.waves.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.coaches.api.VisitLogged;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.control.Checklists;
import io.terrain.waves.control.StoredImpacts;
import io.terrain.waves.control.ChecklistStore;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.ChecklistItem;
import io.terrain.waves.entity.Rollout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;

/**
 * A logged visit moves the site's checklists forward, in the visit's own transaction: items worked
 * on become IN_PROGRESS, items completed become DONE with the visit as their evidence (and the site
 * adopted when nothing remains). Items are matched by their text, as the form offered them.
 */
@ApplicationScoped
public class VisitProgress {

    static final String VISIT_EVIDENCE = "Visit #%d of %s";

    @Inject
    WaveStore store;

    @Inject
    ChecklistStore checklists;

    @Inject
    StoredImpacts impacts;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Transactional
    void visitLogged(@Observes VisitLogged visit) {
        for (Rollout rollout : WavesAgenda.activeRollouts(store, visit.siteId())) {
            List<ChecklistItem> items = checklists.checklist(rollout.getId());
            int moved = 0;
            for (ChecklistItem item : items) {
                if (!item.getStatus().open()) {
                    continue;
                }
                if (visit.completed().contains(item.getDescription())) {
                    item.done(currentUser.username(), visit.date(), String.format(VISIT_EVIDENCE, visit.visitId(), visit.date()),
                            visit.visitId());
                    moved++;
                } else if (visit.workedOn().contains(item.getDescription())) {
                    item.workOn();
                    moved++;
                }
            }
            if (moved == 0) {
                continue;
            }
            java.time.LocalDate adoptedBefore = rollout.getAdoptedOn();
            if (rollout.getStatus() != RolloutStatus.BLOCKED) {
                Checklists.settle(rollout, items);
            }
            store.flush();
            checklists.recount(List.of(rollout.getId()));
            if (!Objects.equals(adoptedBefore, rollout.getAdoptedOn())) {
                impacts.forgetPlan(rollout.getPlanId());
            }
            audit.record("SiteRollout", rollout.getId(), "VISIT", AuditDetail.of("audit.detail.visitProgress", rollout.getSiteCode(), moved,
                    String.valueOf(visit.visitId())));
        }
    }
}
