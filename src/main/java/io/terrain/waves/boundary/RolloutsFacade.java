package io.terrain.waves.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.Network;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Page;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.RolloutFilter;
import io.terrain.waves.api.SiteMove;
import io.terrain.waves.api.SiteRollout;
import io.terrain.waves.control.WavePlacement;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A plan's perimeter sites: the paged list and moving a site between waves. */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class RolloutsFacade {

    /** Rows a page may hold. */
    public static final int MAX_PAGE = 500;

    @Inject
    WaveStore store;

    @Inject
    Network network;

    @Inject
    WavePlacement placement;

    @Inject
    AuditTrail audit;

    @Inject
    RolloutScope scope;

    /** A page of the plan's sites; a line manager's pages hold only the sites they answer for. */
    public Page<SiteRollout> sites(long planId, RolloutFilter filter, int offset, int limit) {
        scope.visiblePlan(planId);
        ManagedPerimeter within = scope.linePerimeter().orElse(null);
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        int from = Math.max(0, offset);
        List<Rollout> rows = store.rollouts(planId, filter, within, from, size);
        return new Page<>(describe(planId, rows), store.countRollouts(planId, filter, within), from, size);
    }

    public SiteRollout site(long planId, long siteId) {
        Rollout rollout = store.rollout(planId, siteId).filter(scope::sees).orElseThrow(() -> new NotFound("SiteRollout", siteId));
        return describe(planId, List.of(rollout)).get(0);
    }

    /** Puts a site in a wave of its plan or takes it out; refused once its rollout started, or in a closed plan. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public SiteRollout move(long planId, long siteId, long expectedVersion, SiteMove move) {
        // Schedule changes of a plan are taken one at a time (the placement writes in bulk, past the entities' versions).
        Plan plan = store.lockedPlan(planId).orElseThrow(() -> new NotFound("RolloutPlan", planId));
        Rollout rollout = store.rollout(planId, siteId).orElseThrow(() -> new NotFound("SiteRollout", siteId));
        if (rollout.getVersion() != expectedVersion) {
            throw new EditConflict("SiteRollout", siteId);
        }
        if (plan.getStatus() == PlanStatus.CLOSED) {
            throw new InvalidInput(Problem.of("waveId", "waves.plan.closed"));
        }
        if (move.waveId() != null && store.wave(move.waveId()).filter(w -> w.getPlanId() == planId).isEmpty()) {
            throw new InvalidInput(Problem.of("waveId", "waves.site.wave.unknown", move.waveId()));
        }
        boolean changesWave = !java.util.Objects.equals(move.waveId(), rollout.getWaveId());
        if (changesWave && rollout.getStatus().started()) {
            throw new InvalidInput(Problem.of("waveId", "waves.site.started", rollout.getSiteCode(), rollout.getStatus()));
        }
        Map<Long, Wave> waves = store.waves(planId).stream().collect(Collectors.toMap(Wave::getId, Function.identity()));
        placement.apply(List.of(new WavePlacement.Move(rollout, move.waveId(), move.pinned(), null)), waves,
                placement.steps(plan.getPackageId()), null);
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("SiteRollout", siteId);
        }
        audit.record("SiteRollout", rollout.getId(), "MOVE", AuditDetail.of(rollout.isPinned() ? "audit.detail.rolloutPinned" : "audit.detail.rollout",
                plan.getName(), rollout.getSiteCode(), move.waveId() == null ? "-" : store.wave(move.waveId()).map(Wave::getCode).orElse("?")));
        return site(planId, siteId);
    }

    /** Rows with the names the network gives them and their waves' codes: two queries per page (the checklist counts are on the rows), whatever its size. */
    private List<SiteRollout> describe(long planId, List<Rollout> rows) {
        Map<Long, SiteSummary> sites = network.sitesByIds(rows.stream().map(Rollout::getSiteId).toList()).stream()
                .collect(Collectors.toMap(SiteSummary::id, Function.identity()));
        Map<Long, Wave> waves = store.waves(planId).stream().collect(Collectors.toMap(Wave::getId, Function.identity()));
        return rows.stream().map(r -> {
            SiteSummary site = sites.get(r.getSiteId());
            Wave wave = r.getWaveId() == null ? null : waves.get(r.getWaveId());
            return new SiteRollout(r.getId(), planId, r.getSiteId(), r.getSiteCode(), site == null ? r.getSiteCode() : site.name(),
                    r.getRegionId(), r.getSectorId(), r.getSegment(), r.getKind(), r.getWaveId(), wave == null ? null : wave.getCode(),
                    wave == null ? null : wave.getGoLive(), r.getStatus(), r.getAdoptedOn(), r.getBlockedReason(), r.getBlockedSince(),
                    r.getBlockedBy(), r.isPinned(), r.getChecklistClosed(), r.getChecklistItems(), r.getVersion());
        }).toList();
    }
}
