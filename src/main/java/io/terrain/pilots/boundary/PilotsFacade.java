package io.terrain.pilots.boundary;

import io.terrain.diagnostics.api.Diagnostics;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.network.api.Network;
import io.terrain.pilots.api.ControlProposal;
import io.terrain.pilots.api.DesignCheck;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotReport;
import io.terrain.pilots.api.PilotResults;
import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.api.Pilots;
import io.terrain.pilots.control.PilotLifecycle;
import io.terrain.pilots.control.PilotRules;
import io.terrain.pilots.control.PilotStore;
import io.terrain.pilots.entity.Pilot;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pilots' design and lifecycle: program managers and administrators design pilots, launch them and say when
 * they are measured; executives read them; the report gathers everything known of one. Choosing the sites, measuring
 * and deciding have their own facades (PilotMatchingFacade, PilotResultsFacade, PilotDecisionsFacade).
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class PilotsFacade implements Pilots {

    @Inject
    PilotStore store;

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    @Inject
    Diagnostics diagnostics;

    @Inject
    AuditTrail audit;

    @Inject
    PackagesFacade packages;

    @Inject
    CurrentUser currentUser;

    @Inject
    PilotMatchingFacade matching;

    @Inject
    PilotResultsFacade measured;

    @Inject
    PilotDecisionsFacade decisions;

    @Inject
    PilotEdits edits;

    @Override
    public List<PilotSummary> pilots() {
        return store.all().stream().map(Pilot::summary).toList();
    }

    public PilotSummary pilot(long id) {
        return edits.find(id).summary();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PilotSummary create(PilotDraft draft) {
        InvalidInput.ifAny(check(draft));
        Pilot pilot = new Pilot(draft, currentUser.username());
        store.add(pilot);
        store.flush();
        audit.record("Pilot", pilot.getId(), "CREATE", draft.name());
        return pilot.summary();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PilotSummary update(long id, long expectedVersion, PilotDraft draft) {
        Pilot pilot = edits.forDesign(id, expectedVersion);
        InvalidInput.ifAny(check(draft));
        pilot.apply(draft);
        return edits.saved(pilot, "UPDATE");
    }

    /** The statuses a program manager may move a pilot to by hand from {@code status}. */
    public List<PilotStatus> manualMoves(PilotStatus status) {
        return PilotLifecycle.manualMoves(status);
    }

    /** Launches the pilot, or says its window is over (measured); decisions go through {@link PilotDecisionsFacade#decide}. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PilotSummary moveTo(long id, long expectedVersion, PilotStatus status, LocalDate effectiveOn) {
        Pilot pilot = edits.forEdit(id, expectedVersion);
        if (status != null && status.isDecision()) {
            throw new InvalidInput(Problem.of("status", "pilot.status.byDecision"));
        }
        InvalidInput.ifAny(PilotLifecycle.checkMove(pilot.summary(), status, effectiveOn, LocalDate.now()));
        pilot.moveTo(status, effectiveOn, currentUser.username());
        return edits.saved(pilot, "STATUS " + status + " " + effectiveOn);
    }

    /** Everything known of the pilot, for its PDF and Excel report. */
    public PilotReport report(long id) {
        PilotSummary p = edits.find(id).summary();
        List<String> stakes = p.campaignId() == null ? List.of() : diagnostics.stakes(p.campaignId()).stream()
                .filter(s -> p.stakeIds().contains(s.id())).map(s -> s.priority() + ". " + s.title()).toList();
        ControlProposal balance = null;
        DesignCheck check = null;
        PilotResults results = null;
        if (!p.pilotSiteIds().isEmpty() && !p.controlSiteIds().isEmpty()) {
            balance = matching.balance(id);
            check = matching.designCheck(id);
            try {
                results = measured.results(id);
            } catch (InvalidInput notMeasurable) {
                // the report says there are no results yet, as the screen does
            }
        }
        return new PilotReport(p, stakes, siteLabels(p.pilotSiteIds()), siteLabels(p.controlSiteIds()), balance, check, results,
                decisions.perception(id), decisions.decisions(id), packages.packages(id));
    }

    private List<String> siteLabels(List<Long> ids) {
        return network.sitesByIds(ids).stream().map(s -> s.name() + " (" + s.code() + ")").toList();
    }

    /** The stakes a pilot may answer: those of the campaign it comes from. */
    public List<StakeSummary> stakesOf(Long campaignId) {
        return campaignId == null ? List.of() : diagnostics.stakes(campaignId);
    }

    // ---- packages (PackagesFacade) ----

    /** A published package is what every rollout rolls out: line managers read its steps on their plans. */
    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
    public List<PackageSummary> publishedPackages() {
        return packages.published();
    }

    private List<Problem> check(PilotDraft draft) {
        Set<String> kpiCodes = indicators.kpis().stream().map(KpiSummary::code).collect(Collectors.toSet());
        Set<Long> stakes = new HashSet<>();
        if (draft.campaignId() != null) {
            try {
                diagnostics.stakes(draft.campaignId()).forEach(s -> stakes.add(s.id()));
            } catch (NotFound e) {
                return List.of(Problem.of("campaignId", "pilot.campaign.unknown", draft.campaignId()));
            }
        }
        return PilotRules.check(draft, kpiCodes, stakes);
    }
}
