package io.terrain.waves.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.EngagementDraft;
import io.terrain.waves.api.UnitEngagement;
import io.terrain.waves.control.EngagementStore;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.Engagement;
import io.terrain.waves.entity.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Line-management engagement in a plan: each region and sector of the perimeter with its level
 * (informed → champion, dated, by whom) and whether it is blocked. Levels and blocks decide when
 * the proposal may place a unit's sites.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class EngagementFacade {

    static final int TEXT_MAX = 1000;
    static final int REASON_MAX = 500;

    @Inject
    WaveStore store;

    @Inject
    EngagementStore engagement;

    @Inject
    Network network;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    RolloutScope scope;

    /**
     * The perimeter's regions and sectors, parents first, with their sites, level and block; a line manager's, the
     * units they answer for (who may note their own units' engagement: it is dated and signed).
     */
    public List<UnitEngagement> units(long planId) {
        scope.visiblePlan(planId);
        Optional<ManagedPerimeter> line = scope.linePerimeter();
        // Grouped counts, not the plan's 20,000 rollouts: the dashboards read this on every count.
        Map<Long, Long> sites = store.sitesPerUnit(planId, line.orElse(null));
        Map<Long, Engagement> levels = engagement.current(planId);
        Map<Long, EngagementStore.Block> blocks = engagement.blocks(planId);
        List<UnitEngagement> units = new ArrayList<>();
        for (OrgUnitSummary u : network.orgUnits()) {
            if (!sites.containsKey(u.id()) || (line.isPresent() && !line.get().coversUnit(u.id()))) {
                continue;
            }
            Engagement e = levels.get(u.id());
            EngagementStore.Block b = blocks.get(u.id());
            units.add(new UnitEngagement(u.id(), u.code(), u.name(), u.level(), u.parentId(), e == null ? null : e.getLevel(),
                    e == null ? null : e.getNotedOn(), e == null ? null : e.getNotedBy(), e == null ? null : e.getComment(), b != null,
                    b == null ? null : b.reason(), b == null ? null : b.since(), b == null ? null : b.by(), sites.get(u.id())));
        }
        return units;
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.LINE_MANAGER})
    public List<UnitEngagement> note(long planId, EngagementDraft draft) {
        Plan plan = scope.visiblePlan(planId);
        List<Problem> problems = new ArrayList<>();
        if (draft.orgUnitId() == null || units(planId).stream().noneMatch(u -> u.orgUnitId() == draft.orgUnitId())) {
            problems.add(Problem.of("orgUnitId", "waves.engagement.unit.outside", String.valueOf(draft.orgUnitId())));
        }
        if (draft.level() == null) {
            problems.add(Problem.of("level", "field.required"));
        }
        if (draft.comment() != null && draft.comment().strip().length() > TEXT_MAX) {
            problems.add(Problem.of("comment", "field.tooLong", TEXT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        engagement.add(new Engagement(planId, draft.orgUnitId(), draft.level(), LocalDate.now(), currentUser.username(),
                draft.comment() == null || draft.comment().isBlank() ? null : draft.comment().strip()));
        engagement.flush();
        audit.record("RolloutPlan", planId, "ENGAGEMENT", AuditDetail.of("audit.detail.engagement", plan.getName(), String.valueOf(draft.orgUnitId()),
                AuditDetail.term("waves.engagementLevel." + draft.level())));
        return units(planId);
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public List<UnitEngagement> block(long planId, long orgUnitId, String reason, boolean blocked) {
        Plan plan = scope.visiblePlan(planId);
        if (units(planId).stream().noneMatch(u -> u.orgUnitId() == orgUnitId)) {
            throw new NotFound("OrgUnit", orgUnitId);
        }
        if (blocked) {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput(Problem.of("reason", "field.required"));
            }
            if (reason.strip().length() > REASON_MAX) {
                throw new InvalidInput(Problem.of("reason", "field.tooLong", REASON_MAX));
            }
            engagement.block(planId, orgUnitId, reason.strip(), LocalDate.now(), currentUser.username());
        } else {
            engagement.unblock(planId, orgUnitId);
        }
        audit.record("RolloutPlan", planId, blocked ? "BLOCK UNIT" : "UNBLOCK UNIT", blocked
                ? AuditDetail.of("audit.detail.unitBlocked", plan.getName(), String.valueOf(orgUnitId), reason.strip())
                : AuditDetail.of("audit.detail.unit", plan.getName(), String.valueOf(orgUnitId)));
        return units(planId);
    }
}
