package io.terrain.diagnostics.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.diagnostics.api.DeterminantDraft;
import io.terrain.diagnostics.api.DeterminantSummary;
import io.terrain.diagnostics.api.FrictionDraft;
import io.terrain.diagnostics.api.FrictionSummary;
import io.terrain.diagnostics.api.StakeDraft;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.diagnostics.control.CampaignStore;
import io.terrain.diagnostics.control.DiagnosticsRules;
import io.terrain.diagnostics.control.FrictionFrequency;
import io.terrain.diagnostics.entity.Campaign;
import io.terrain.diagnostics.entity.Determinant;
import io.terrain.diagnostics.entity.Friction;
import io.terrain.diagnostics.entity.Observation;
import io.terrain.diagnostics.entity.Stake;
import io.terrain.diagnostics.entity.Verbatim;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a campaign found: friction points (with how often they were observed, and their Pareto),
 * the organisational determinants behind them, and the stakes they are gathered into.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class FindingsFacade {

    @Inject
    CampaignStore campaigns;

    @Inject
    Indicators indicators;

    @Inject
    AuditTrail audit;

    @Inject
    CampaignAccess access;

    // ---- friction points, determinants, stakes ----

    public List<FrictionSummary> frictions(long campaignId) {
        Campaign campaign = access.visible(campaignId);
        return frictionSummaries(campaign, campaigns.frictions(campaignId));
    }

    private List<FrictionSummary> frictionSummaries(Campaign campaign, List<Friction> frictions) {
        Map<Long, String[]> steps = access.stepAndJourneyNames();
        Map<Long, Map<Long, Long>> byStep = new HashMap<>();
        List<FrictionSummary> summaries = new ArrayList<>();
        for (Friction f : frictions) {
            Map<Long, Long> atStep = byStep.computeIfAbsent(f.getStepId(), s -> campaigns.observationSitesAtStep(campaign.getId(), s));
            FrictionSummary.Frequency frequency = FrictionFrequency.of(atStep, f.getObservationIds());
            String[] names = steps.getOrDefault(f.getStepId(), new String[] {"?", "?"});
            summaries.add(new FrictionSummary(f.getId(), f.getStepId(), names[0], names[1], f.getCause(), f.getTitle(),
                    f.getDescription(), f.getSeverity(), f.getObservationIds(), f.getVerbatimIds(), f.getKpiCodes(), frequency,
                    FrictionFrequency.score(f.getSeverity(), frequency), f.getVersion()));
        }
        return summaries;
    }

    /** Friction points by score (severity × share of observations), the Pareto the stakes come from. */
    public List<FrictionSummary> pareto(long campaignId) {
        List<FrictionSummary> ranked = new ArrayList<>(frictions(campaignId));
        ranked.sort(Comparator.comparingDouble(FrictionSummary::score).reversed().thenComparing(FrictionSummary::id));
        return ranked;
    }

    /** Creates (id null) or updates a friction point; observers of the campaign and managers may. */
    public FrictionSummary saveFriction(long campaignId, Long id, long expectedVersion, FrictionDraft draft) {
        Campaign campaign = access.forRecording(campaignId);
        Set<Long> observationIds = campaigns.observations(campaignId).stream().map(Observation::getId).collect(Collectors.toSet());
        Set<Long> verbatimIds = campaigns.allVerbatims(campaignId).stream().map(Verbatim::getId).collect(Collectors.toSet());
        Set<String> kpiCodes = indicators.kpis().stream().map(KpiSummary::code).collect(Collectors.toSet());
        InvalidInput.ifAny(DiagnosticsRules.check(draft, access.campaignSteps(campaign).keySet(), observationIds, verbatimIds, kpiCodes));
        Friction friction;
        if (id == null) {
            friction = new Friction(campaignId);
            friction.apply(draft);
            campaigns.add(friction);
        } else {
            friction = campaigns.friction(id).filter(f -> f.getCampaignId() == campaignId).orElseThrow(() -> new NotFound("Friction", id));
            if (friction.getVersion() != expectedVersion) {
                throw new EditConflict("Friction", id);
            }
            friction.apply(draft);
        }
        access.flushOrConflict("Friction", id);
        audit.record("Friction", friction.getId(), id == null ? "CREATE" : "UPDATE", draft.title());
        return frictionSummaries(campaign, List.of(friction)).get(0);
    }

    public List<DeterminantSummary> determinants(long campaignId) {
        access.visible(campaignId);
        return campaigns.determinants(campaignId).stream().map(Determinant::summary).toList();
    }

    public DeterminantSummary saveDeterminant(long campaignId, Long id, long expectedVersion, DeterminantDraft draft) {
        access.forRecording(campaignId);
        Set<Long> frictionIds = campaigns.frictions(campaignId).stream().map(Friction::getId).collect(Collectors.toSet());
        InvalidInput.ifAny(DiagnosticsRules.check(draft, frictionIds));
        Determinant determinant;
        if (id == null) {
            determinant = new Determinant(campaignId);
            determinant.apply(draft);
            campaigns.add(determinant);
        } else {
            determinant = campaigns.determinant(id).filter(d -> d.getCampaignId() == campaignId)
                    .orElseThrow(() -> new NotFound("Determinant", id));
            if (determinant.getVersion() != expectedVersion) {
                throw new EditConflict("Determinant", id);
            }
            determinant.apply(draft);
        }
        access.flushOrConflict("Determinant", id);
        audit.record("Determinant", determinant.summary().id(), id == null ? "CREATE" : "UPDATE", AuditDetail.of("audit.detail.kind",
                AuditDetail.term("determinant." + draft.kind().name())));
        return determinant.summary();
    }

    public List<StakeSummary> stakes(long campaignId) {
        Campaign campaign = access.visible(campaignId);
        Map<Long, FrictionSummary> frictions = frictionSummaries(campaign, campaigns.frictions(campaignId)).stream()
                .collect(Collectors.toMap(FrictionSummary::id, Function.identity()));
        return campaigns.stakes(campaignId).stream().map(s -> stakeSummary(s, frictions)).toList();
    }

    private static StakeSummary stakeSummary(Stake s, Map<Long, FrictionSummary> frictions) {
        List<FrictionSummary> gathered = s.getFrictionIds().stream().map(frictions::get).filter(java.util.Objects::nonNull).toList();
        List<String> kpis = gathered.stream().flatMap(f -> f.kpiCodes().stream()).distinct().sorted().toList();
        double score = gathered.stream().mapToDouble(FrictionSummary::score).sum();
        return new StakeSummary(s.getId(), s.getCampaignId(), s.getPriority(), s.getTitle(), s.getDescription(), s.getFrictionIds(),
                kpis, score, s.getVersion());
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public StakeSummary saveStake(long campaignId, Long id, long expectedVersion, StakeDraft draft) {
        Campaign campaign = access.forRecording(campaignId);
        List<Friction> frictions = campaigns.frictions(campaignId);
        InvalidInput.ifAny(DiagnosticsRules.check(draft, frictions.stream().map(Friction::getId).collect(Collectors.toSet())));
        Stake stake;
        if (id == null) {
            stake = new Stake(campaignId);
            stake.apply(draft);
            campaigns.add(stake);
        } else {
            stake = campaigns.stake(id).filter(s -> s.getCampaignId() == campaignId).orElseThrow(() -> new NotFound("Stake", id));
            if (stake.getVersion() != expectedVersion) {
                throw new EditConflict("Stake", id);
            }
            stake.apply(draft);
        }
        access.flushOrConflict("Stake", id);
        audit.record("Stake", stake.getId(), id == null ? "CREATE" : "UPDATE", draft.title());
        Map<Long, FrictionSummary> summaries = frictionSummaries(campaign, frictions).stream()
                .collect(Collectors.toMap(FrictionSummary::id, Function.identity()));
        return stakeSummary(stake, summaries);
    }
}
