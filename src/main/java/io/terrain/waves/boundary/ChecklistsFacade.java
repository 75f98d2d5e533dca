package io.terrain.waves.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.network.api.Network;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.ChecklistChange;
import io.terrain.waves.api.ChecklistStatus;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.SiteRollout;
import io.terrain.waves.api.SiteRolloutDetails;
import io.terrain.waves.control.Checklists;
import io.terrain.waves.control.StoredImpacts;
import io.terrain.waves.control.ChecklistStore;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.ChecklistItem;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A site's rollout and checklist, where the work happens: managers and the site's coaches tick items
 * (DONE with evidence, NOT_APPLICABLE with a reason), adapt them locally, block and unblock the site.
 * A coach reaches only the sites assigned to them today, a line manager the sites they answer for; any other site
 * answers 404 ({@link RolloutScope}).
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH, Role.LINE_MANAGER})
public class ChecklistsFacade {

    static final int TEXT_MAX = 1000;
    static final int REASON_MAX = 500;

    @Inject
    WaveStore store;

    @Inject
    ChecklistStore checklists;

    @Inject
    Network network;

    @Inject
    StoredImpacts impacts;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    RolloutScope scope;

    /** The site's rollout in the given plan, or in its latest active plan where the site is in a wave. */
    public SiteRolloutDetails site(long siteId, Long planId) {
        Rollout rollout = visibleRollout(siteId, planId);
        return details(rollout);
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.COACH, Role.LINE_MANAGER})
    public SiteRolloutDetails change(long siteId, long itemId, long expectedVersion, ChecklistChange change) {
        ChecklistItem item = checklists.checklistItem(itemId).orElseThrow(() -> new NotFound("ChecklistItem", itemId));
        Rollout rollout = store.rollout(item.getRolloutId()).filter(r -> r.getSiteId() == siteId)
                .orElseThrow(() -> new NotFound("ChecklistItem", itemId));
        scope.checkVisible(rollout);
        Plan plan = store.plan(rollout.getPlanId()).orElseThrow();
        if (item.getVersion() != expectedVersion) {
            throw new EditConflict("ChecklistItem", itemId);
        }
        if (plan.getStatus() == PlanStatus.CLOSED) {
            throw new InvalidInput(Problem.of("status", "waves.plan.closed"));
        }
        InvalidInput.ifAny(check(change));
        LocalDate adoptedBefore = rollout.getAdoptedOn();
        ChecklistStatus status = change.status();
        String by = currentUser.username();
        switch (status) {
            case DONE -> {
                if (item.getStatus() != ChecklistStatus.DONE || !change.evidence().strip().equals(item.getEvidence())) {
                    item.done(by, LocalDate.now(), change.evidence().strip(), null);
                }
            }
            case NOT_APPLICABLE -> item.notApplicable(by, LocalDate.now(), change.notApplicableReason().strip());
            case IN_PROGRESS, TODO -> {
                if (item.getStatus() != status) {
                    item.reopen(status);
                }
            }
        }
        item.adapt(change.adaptation() == null || change.adaptation().isBlank() ? null : change.adaptation().strip());
        if (rollout.getStatus() != RolloutStatus.BLOCKED) {
            Checklists.settle(rollout, checklists.checklist(rollout.getId()));
        }
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("ChecklistItem", itemId);
        }
        checklists.recount(List.of(rollout.getId()));
        if (!java.util.Objects.equals(adoptedBefore, rollout.getAdoptedOn())) {
            impacts.forgetPlan(plan.getId());
        }
        audit.record("ChecklistItem", itemId, "SET " + status, rollout.getStatus() == RolloutStatus.ADOPTED
                ? AuditDetail.of("audit.detail.checklistItemAdopted", rollout.getSiteCode(), String.valueOf(item.getPosition()), rollout.getAdoptedOn())
                : AuditDetail.of("audit.detail.checklistItem", rollout.getSiteCode(), String.valueOf(item.getPosition())));
        return details(rollout);
    }

    /** Blocks the site's rollout (a reason is required) or unblocks it. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.COACH, Role.LINE_MANAGER})
    public SiteRolloutDetails block(long siteId, long planId, long expectedVersion, String reason, boolean blocked) {
        Rollout rollout = store.rollout(planId, siteId).orElseThrow(() -> new NotFound("SiteRollout", siteId));
        scope.checkVisible(rollout);
        if (rollout.getVersion() != expectedVersion) {
            throw new EditConflict("SiteRollout", siteId);
        }
        if (blocked) {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput(Problem.of("reason", "field.required"));
            }
            if (reason.strip().length() > REASON_MAX) {
                throw new InvalidInput(Problem.of("reason", "field.tooLong", REASON_MAX));
            }
            if (rollout.getStatus() == RolloutStatus.ADOPTED) {
                throw new InvalidInput(Problem.of("reason", "waves.site.block.adopted", rollout.getSiteCode()));
            }
            rollout.block(reason.strip(), LocalDate.now(), currentUser.username());
        } else if (rollout.getStatus() == RolloutStatus.BLOCKED) {
            List<ChecklistItem> items = checklists.checklist(rollout.getId());
            rollout.unblock(items.stream().anyMatch(i -> i.getStatus() != ChecklistStatus.TODO));
            Checklists.settle(rollout, items);
        }
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("SiteRollout", siteId);
        }
        if (blocked) {
            audit.record("SiteRollout", rollout.getId(), "BLOCK", AuditDetail.of("audit.detail.because", rollout.getSiteCode(), reason));
        } else {
            audit.record("SiteRollout", rollout.getId(), "UNBLOCK", rollout.getSiteCode());
        }
        return details(rollout);
    }

    private static List<Problem> check(ChecklistChange change) {
        if (change == null || change.status() == null) {
            return List.of(Problem.of("status", "field.required"));
        }
        List<Problem> problems = new java.util.ArrayList<>();
        if (change.status() == ChecklistStatus.DONE && (change.evidence() == null || change.evidence().isBlank())) {
            problems.add(Problem.of("evidence", "waves.checklist.evidence.required"));
        }
        if (change.status() == ChecklistStatus.NOT_APPLICABLE && (change.notApplicableReason() == null
                || change.notApplicableReason().isBlank())) {
            problems.add(Problem.of("notApplicableReason", "waves.checklist.reason.required"));
        }
        if (change.evidence() != null && change.evidence().strip().length() > TEXT_MAX) {
            problems.add(Problem.of("evidence", "field.tooLong", TEXT_MAX));
        }
        if (change.adaptation() != null && change.adaptation().strip().length() > TEXT_MAX) {
            problems.add(Problem.of("adaptation", "field.tooLong", TEXT_MAX));
        }
        if (change.notApplicableReason() != null && change.notApplicableReason().strip().length() > REASON_MAX) {
            problems.add(Problem.of("notApplicableReason", "field.tooLong", REASON_MAX));
        }
        return problems;
    }

    private Rollout visibleRollout(long siteId, Long planId) {
        Optional<Rollout> rollout;
        if (planId != null) {
            rollout = store.rollout(planId, siteId);
        } else {
            // The latest active plan where the site is in a wave; else any plan it is in.
            List<Rollout> all = store.rolloutsOfSite(siteId);
            rollout = all.stream().filter(r -> r.getWaveId() != null)
                    .filter(r -> store.plan(r.getPlanId()).map(p -> p.getStatus() == PlanStatus.ACTIVE).orElse(false))
                    .max(Comparator.comparingLong(Rollout::getPlanId))
                    .or(() -> all.stream().max(Comparator.comparingLong(Rollout::getPlanId)));
        }
        Rollout found = rollout.orElseThrow(() -> new NotFound("SiteRollout", siteId));
        scope.checkVisible(found);
        return found;
    }

    private SiteRolloutDetails details(Rollout r) {
        Plan plan = store.plan(r.getPlanId()).orElseThrow();
        Wave wave = r.getWaveId() == null ? null : store.wave(r.getWaveId()).orElse(null);
        List<ChecklistItem> items = checklists.checklist(r.getId());
        SiteSummary site = network.sitesByIds(List.of(r.getSiteId())).stream().findFirst().orElse(null);
        int done = (int) items.stream().filter(i -> !i.getStatus().open()).count();
        SiteRollout rollout = new SiteRollout(r.getId(), r.getPlanId(), r.getSiteId(), r.getSiteCode(),
                site == null ? r.getSiteCode() : site.name(), r.getRegionId(), r.getSectorId(), r.getSegment(), r.getKind(),
                r.getWaveId(), wave == null ? null : wave.getCode(), wave == null ? null : wave.getGoLive(), r.getStatus(),
                r.getAdoptedOn(), r.getBlockedReason(), r.getBlockedSince(), r.getBlockedBy(), r.isPinned(), done, items.size(),
                r.getVersion());
        return new SiteRolloutDetails(rollout, plan.getName(), wave == null ? null : wave.getName(),
                items.stream().map(ChecklistItem::entry).toList());
    }
}
