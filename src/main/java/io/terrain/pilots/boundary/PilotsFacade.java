package io.terrain.pilots.boundary;

import io.terrain.diagnostics.api.Diagnostics;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.indicators.api.ImpactQuery;
import io.terrain.indicators.api.ImpactResult;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import io.terrain.network.api.SiteSummary;
import io.terrain.pilots.api.ControlProposal;
import io.terrain.pilots.api.DecisionDraft;
import io.terrain.pilots.api.DecisionSummary;
import io.terrain.pilots.api.GateStatus;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.PerceptionDraft;
import io.terrain.pilots.api.PerceptionImportReport;
import io.terrain.pilots.api.PerceptionSummary;
import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.DesignCheck;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotReport;
import io.terrain.pilots.api.PilotResults;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.api.Pilots;
import io.terrain.pilots.control.Candidate;
import io.terrain.pilots.control.ControlMatcher;
import io.terrain.pilots.control.Contamination;
import io.terrain.pilots.control.DecisionGate;
import io.terrain.pilots.control.PerceptionCsv;
import io.terrain.pilots.control.PerceptionRules;
import io.terrain.pilots.control.PerceptionSummarizer;
import io.terrain.pilots.control.PilotLifecycle;
import io.terrain.pilots.control.PilotRules;
import io.terrain.pilots.control.PilotStore;
import io.terrain.pilots.control.Statistics;
import io.terrain.pilots.entity.Decision;
import io.terrain.pilots.entity.Perception;
import io.terrain.pilots.entity.Pilot;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.csv.CsvUpload;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pilots' transaction boundary: program managers and administrators design and measure pilots;
 * executives read them. Measurement goes through the indicators' impact engine.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class PilotsFacade implements Pilots {

    /** Fewer pilot sites than this, and no honest statistics can come out of a pilot. */
    static final int MIN_PILOT_SITES = 3;
    private static final double POOR_BALANCE = 0.25;
    private static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

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

    /** The mean 1-5 score at which the teams are taken to feel the improvement. */
    @Inject
    @ConfigProperty(name = "terrain.pilots.perception-threshold", defaultValue = "3.5")
    double perceptionThreshold;

    @Override
    public List<PilotSummary> pilots() {
        return store.all().stream().map(Pilot::summary).toList();
    }

    public PilotSummary pilot(long id) {
        return find(id).summary();
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
        Pilot pilot = forDesign(id, expectedVersion);
        InvalidInput.ifAny(check(draft));
        pilot.apply(draft);
        return saved(pilot, "UPDATE");
    }

    /** The pilot and control sites; a site cannot be both. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PilotSummary placeSites(long id, long expectedVersion, List<Long> pilotSites, List<Long> controlSites) {
        Pilot pilot = forDesign(id, expectedVersion);
        Set<Long> known = network.sitePlacements().stream().map(SitePlacement::siteId).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (Long site : pilotSites) {
            if (!known.contains(site)) {
                problems.add(Problem.of("pilotSiteIds", "site.unknown", site));
            }
            if (controlSites.contains(site)) {
                problems.add(Problem.of("controlSiteIds", "pilot.site.both", site));
            }
        }
        for (Long site : controlSites) {
            if (!known.contains(site)) {
                problems.add(Problem.of("controlSiteIds", "site.unknown", site));
            }
        }
        InvalidInput.ifAny(problems);
        pilot.placeSites(pilotSites, controlSites);
        return saved(pilot, "SITES");
    }

    /**
     * Proposes matched control sites: same kind, the same segment first, nearest on the baseline
     * level and trend of the primary KPIs; with the balance table and warnings. Nothing is saved.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public ControlProposal proposeControls(long id, int perPilot) {
        PilotSummary p = find(id).summary();
        if (perPilot < 1 || perPilot > 10) {
            throw new InvalidInput(Problem.of("perPilot", "pilot.perPilot.range"));
        }
        List<String> primary = primaryKpis(p);
        Map<Long, SitePlacement> placements = new HashMap<>();
        network.sitePlacements().stream().filter(s -> s.status() == SiteStatus.ACTIVE).forEach(s -> placements.put(s.siteId(), s));
        Set<String> kinds = p.pilotSiteIds().stream().map(placements::get).filter(java.util.Objects::nonNull)
                .map(s -> String.valueOf(s.kind())).collect(Collectors.toSet());
        // Never propose a site another pilot treats while this one is measured: it would bias the effect.
        Set<Long> treatedElsewhere = Contamination.treatedMeanwhile(p.baselineFrom(), p.pilotTo(), otherPilots(id));
        List<Long> pool = placements.values().stream().filter(s -> kinds.contains(String.valueOf(s.kind())))
                .map(SitePlacement::siteId).filter(site -> p.pilotSiteIds().contains(site) || !treatedElsewhere.contains(site)).toList();
        Map<Long, Candidate> candidates = candidates(p, primary, pool, placements);
        List<Candidate> pilots = p.pilotSiteIds().stream().map(candidates::get).filter(java.util.Objects::nonNull).toList();
        Map<Long, List<Long>> controls = ControlMatcher.match(pilots, new ArrayList<>(candidates.values()), perPilot);
        p.pilotSiteIds().forEach(s -> controls.putIfAbsent(s, List.of()));
        Set<Long> chosen = controls.values().stream().flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> warnings = new ArrayList<>();
        List<ControlProposal.Balance> balance = balance(primary, p.pilotSiteIds(), chosen, candidates, warnings);
        if (p.pilotSiteIds().size() < MIN_PILOT_SITES) {
            warnings.add("pilot.warning.fewSites");
        }
        controls.forEach((site, matched) -> {
            if (matched.size() < perPilot) {
                warnings.add("pilot.warning.unmatched:" + site);
            }
        });
        Set<Long> elsewhere = sitesInOtherPilots(id);
        chosen.stream().filter(elsewhere::contains).forEach(site -> warnings.add("pilot.warning.otherPilot:" + site));
        p.pilotSiteIds().stream().filter(elsewhere::contains).forEach(site -> warnings.add("pilot.warning.otherPilot:" + site));
        return new ControlProposal(controls, balance, warnings);
    }

    /** The balance of the saved pilot and control sites. */
    public ControlProposal balance(long id) {
        PilotSummary p = find(id).summary();
        List<String> primary = primaryKpis(p);
        Map<Long, SitePlacement> placements = new HashMap<>();
        network.sitePlacements().forEach(s -> placements.put(s.siteId(), s));
        List<Long> all = new ArrayList<>(p.pilotSiteIds());
        all.addAll(p.controlSiteIds());
        Map<Long, Candidate> candidates = candidates(p, primary, all, placements);
        List<String> warnings = new ArrayList<>();
        List<ControlProposal.Balance> balance = balance(primary, p.pilotSiteIds(), new HashSet<>(p.controlSiteIds()), candidates, warnings);
        return new ControlProposal(Map.of(), balance, warnings);
    }

    /**
     * Before launch: per KPI, the minimum detectable effect (2.80 standard errors: 5 % two-sided,
     * 80 % power) estimated from the placebo — the same difference-in-differences on the two windows
     * just before the baseline, which should find nothing.
     */
    public DesignCheck designCheck(long id) {
        PilotSummary p = find(id).summary();
        long span = ChronoUnit.DAYS.between(p.baselineFrom(), p.pilotTo()) + 1;
        List<DesignCheck.KpiCheck> checks = new ArrayList<>();
        for (PilotDraft.PilotKpi k : p.kpis()) {
            ImpactResult placebo;
            try {
                placebo = indicators.impact(new ImpactQuery(k.kpiCode(), new HashSet<>(p.pilotSiteIds()),
                        new HashSet<>(p.controlSiteIds()), p.baselineFrom().minusDays(span), p.baselineTo().minusDays(span),
                        p.pilotFrom().minusDays(span), p.pilotTo().minusDays(span), true));
            } catch (InvalidInput tooLittleHistory) {
                checks.add(new DesignCheck.KpiCheck(k.kpiCode(), k.primary(), k.targetEffect(), null, false, null));
                continue;
            }
            double mde = Statistics.standardErrors(0.05, 0.8) * placebo.standardError();
            boolean detectable = k.targetEffect() != null && !Double.isNaN(mde) && Math.abs(k.targetEffect()) >= mde;
            checks.add(new DesignCheck.KpiCheck(k.kpiCode(), k.primary(), k.targetEffect(), mde, detectable, placebo));
        }
        return new DesignCheck(checks);
    }

    /** Each KPI measured by the impact engine, baseline against pilot window, on the balanced panel and on all sites. */
    public PilotResults results(long id) {
        PilotSummary p = find(id).summary();
        List<PilotResults.KpiResult> results = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        List<Long> all = new ArrayList<>(p.pilotSiteIds());
        all.addAll(p.controlSiteIds());
        network.sitesByIds(all).forEach(s -> names.put(s.id(), s.name()));
        for (PilotDraft.PilotKpi k : p.kpis()) {
            results.add(new PilotResults.KpiResult(k.kpiCode(), k.primary(), impact(p, k.kpiCode(), true), impact(p, k.kpiCode(), false),
                    siteChanges(p, k.kpiCode(), names)));
        }
        return new PilotResults(results);
    }

    /** Each site's mean over the baseline and over the pilot window: the detail behind the lift. */
    private List<PilotResults.SiteChange> siteChanges(PilotSummary p, String kpi, Map<Long, String> names) {
        List<Long> all = new ArrayList<>(p.pilotSiteIds());
        all.addAll(p.controlSiteIds());
        Map<Long, Double> before = indicators.siteValues(kpi, all, p.baselineFrom(), p.baselineTo());
        Map<Long, Double> during = indicators.siteValues(kpi, all, p.pilotFrom(), p.pilotTo());
        List<PilotResults.SiteChange> changes = new ArrayList<>();
        for (Long site : all) {
            Double b = before.get(site);
            Double d = during.get(site);
            changes.add(new PilotResults.SiteChange(site, names.getOrDefault(site, "#" + site),
                    p.pilotSiteIds().contains(site) ? Pilot.PILOT : Pilot.CONTROL, b, d, b == null || d == null ? null : d - b));
        }
        return changes;
    }

    private ImpactResult impact(PilotSummary p, String kpi, boolean balanced) {
        return indicators.impact(new ImpactQuery(kpi, new HashSet<>(p.pilotSiteIds()), new HashSet<>(p.controlSiteIds()),
                p.baselineFrom(), p.baselineTo(), p.pilotFrom(), p.pilotTo(), balanced));
    }

    /** The statuses a program manager may move a pilot to by hand from {@code status}. */
    public List<PilotStatus> manualMoves(PilotStatus status) {
        return PilotLifecycle.manualMoves(status);
    }

    /** Launches the pilot, or says its window is over (measured); decisions go through {@link #decide}. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PilotSummary moveTo(long id, long expectedVersion, PilotStatus status, LocalDate effectiveOn) {
        Pilot pilot = forEdit(id, expectedVersion);
        if (status != null && status.isDecision()) {
            throw new InvalidInput(Problem.of("status", "pilot.status.byDecision"));
        }
        InvalidInput.ifAny(PilotLifecycle.checkMove(pilot.summary(), status, effectiveOn, LocalDate.now()));
        pilot.moveTo(status, effectiveOn, currentUser.username());
        return saved(pilot, "STATUS " + status + " " + effectiveOn);
    }

    /** Everything known of the pilot, for its PDF and Excel report. */
    public PilotReport report(long id) {
        PilotSummary p = find(id).summary();
        List<String> stakes = p.campaignId() == null ? List.of() : diagnostics.stakes(p.campaignId()).stream()
                .filter(s -> p.stakeIds().contains(s.id())).map(s -> s.priority() + ". " + s.title()).toList();
        ControlProposal balance = null;
        DesignCheck check = null;
        PilotResults results = null;
        if (!p.pilotSiteIds().isEmpty() && !p.controlSiteIds().isEmpty()) {
            balance = balance(id);
            check = designCheck(id);
            try {
                results = results(id);
            } catch (InvalidInput notMeasurable) {
                // the report says there are no results yet, as the screen does
            }
        }
        return new PilotReport(p, stakes, siteLabels(p.pilotSiteIds()), siteLabels(p.controlSiteIds()), balance, check, results,
                perception(id), decisions(id), packages.packages(id));
    }

    private List<String> siteLabels(List<Long> ids) {
        return network.sitesByIds(ids).stream().map(s -> s.name() + " (" + s.code() + ")").toList();
    }

    /** The stakes a pilot may answer: those of the campaign it comes from. */
    public List<StakeSummary> stakesOf(Long campaignId) {
        return campaignId == null ? List.of() : diagnostics.stakes(campaignId);
    }

    // ---- team perception and the decision gate ----

    /** One team member's response at a pilot site. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PerceptionSummary addPerception(long id, PerceptionDraft draft) {
        Pilot pilot = find(id);
        InvalidInput.ifAny(PerceptionRules.check(draft, pilot.siteIds(Pilot.PILOT), scoresPerResponse(pilot)));
        store.add(new Perception(id, draft));
        store.flush();
        return perception(id);
    }

    /**
     * Team responses from a CSV file ({@link PerceptionCsv}), all or nothing: every rejected row is
     * reported with its line and column, and nothing is written unless every row is right.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PerceptionImportReport importPerception(long id, Path file, String fileName) {
        Pilot pilot = find(id);
        int scores = scoresPerResponse(pilot);
        Map<String, Long> pilotSites = new HashMap<>();
        network.sitesByIds(pilot.siteIds(Pilot.PILOT)).forEach(s -> pilotSites.put(s.code(), s.id()));
        List<Problem> problems = new ArrayList<>();
        List<PerceptionDraft> responses = new ArrayList<>();
        int read = new CsvUpload(PerceptionCsv.required(scores), PerceptionCsv.optional(), MAX_IMPORT_BYTES).read(file, fileName,
                bytes -> { }, row -> {
                    PerceptionDraft response = PerceptionCsv.parse(row, pilotSites, scores, problems);
                    if (response != null) {
                        responses.add(response);
                    }
                }, problems);
        long rejected = problems.stream().map(Problem::line).distinct().count();
        long rows = read + CsvUpload.malformedRows(problems);
        boolean applied = problems.isEmpty() && !responses.isEmpty();
        if (applied) {
            responses.forEach(r -> store.add(new Perception(id, r)));
            store.flush();
            audit.record("Pilot", id, "IMPORT PERCEPTION", fileName + ": " + responses.size() + " responses");
        }
        return new PerceptionImportReport(rows, applied ? responses.size() : 0, rejected, problems, applied);
    }

    /** The columns of a file of team responses for this pilot (one score per improvement). */
    public List<String> perceptionColumns(long id) {
        return PerceptionCsv.columns(scoresPerResponse(find(id)));
    }

    /** One 1-5 score per improvement; one overall score when the pilot lists none. */
    private static int scoresPerResponse(Pilot pilot) {
        return Math.max(1, pilot.improvementCount());
    }

    public PerceptionSummary perception(long id) {
        Pilot pilot = find(id);
        Map<Long, String> names = network.sitesByIds(pilot.siteIds(Pilot.PILOT)).stream()
                .collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
        return PerceptionSummarizer.summarize(store.perceptions(id), names, perceptionThreshold);
    }

    /** Whether the pilot passes the rule now. */
    public GateStatus gate(long id) {
        return gate(id, results(id));
    }

    /** The same, on results the caller already holds (a page that shows them need not measure twice). */
    public GateStatus gate(long id, PilotResults results) {
        return DecisionGate.evaluate(results, perception(id));
    }

    /**
     * Records a decision with its evidence frozen. Validation against the rule needs an explicit
     * override and a rationale; an override always needs a rationale.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public DecisionSummary decide(long id, long expectedVersion, DecisionDraft draft) {
        Pilot pilot = forEdit(id, expectedVersion);
        InvalidInput.ifAny(PilotLifecycle.checkDecision(pilot.getStatus(), draft.outcome()));
        boolean hasRationale = draft.rationale() != null && !draft.rationale().isBlank();
        PilotResults results = results(id);
        PerceptionSummary perception = perception(id);
        GateStatus gate = DecisionGate.evaluate(results, perception);
        if (draft.outcome() == PilotStatus.VALIDATED && !gate.passes() && !draft.override()) {
            throw new InvalidInput(gate.refusal());
        }
        if (draft.override() && !hasRationale) {
            throw new InvalidInput(Problem.of("rationale", "pilot.decision.rationale"));
        }
        String evidence;
        try (var json = JsonbBuilder.create()) {
            evidence = json.toJson(Map.of("results", results, "perception", perception, "gate", gate));
        } catch (Exception e) {
            throw new IllegalStateException("The evidence could not be written: " + e.getMessage(), e);
        }
        Decision decision = new Decision(id, draft.outcome(), draft.override(), hasRationale ? draft.rationale().strip() : null,
                currentUser.username(), evidence);
        store.add(decision);
        pilot.moveTo(draft.outcome(), LocalDate.now(), currentUser.username());
        saved(pilot, "DECIDE " + draft.outcome() + (draft.override() ? " (override)" : ""));
        return decision.summary();
    }

    public List<DecisionSummary> decisions(long id) {
        find(id);
        return store.decisions(id).stream().map(Decision::summary).toList();
    }

    // ---- packages (PackagesFacade) ----

    /** A published package is what every rollout rolls out: line managers read its steps on their plans. */
    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
    public List<PackageSummary> publishedPackages() {
        return packages.published();
    }

    // ---- helpers ----

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

    private static List<String> primaryKpis(PilotSummary p) {
        return p.kpis().stream().filter(PilotDraft.PilotKpi::primary).map(PilotDraft.PilotKpi::kpiCode).toList();
    }

    /** Each site's baseline level and trend (second half of the baseline minus the first) per primary KPI. */
    private Map<Long, Candidate> candidates(PilotSummary p, List<String> primary, List<Long> siteIds, Map<Long, SitePlacement> placements) {
        LocalDate middle = p.baselineFrom().plusDays(ChronoUnit.DAYS.between(p.baselineFrom(), p.baselineTo()) / 2);
        List<Map<Long, Double>> levels = new ArrayList<>();
        List<Map<Long, Double>> trends = new ArrayList<>();
        for (String kpi : primary) {
            levels.add(indicators.siteValues(kpi, siteIds, p.baselineFrom(), p.baselineTo()));
            Map<Long, Double> first = indicators.siteValues(kpi, siteIds, p.baselineFrom(), middle);
            Map<Long, Double> second = indicators.siteValues(kpi, siteIds, middle.plusDays(1), p.baselineTo());
            Map<Long, Double> trend = new HashMap<>();
            second.forEach((site, v) -> {
                if (first.containsKey(site)) {
                    trend.put(site, v - first.get(site));
                }
            });
            trends.add(trend);
        }
        Map<Long, Candidate> candidates = new HashMap<>();
        for (Long site : siteIds) {
            SitePlacement placement = placements.get(site);
            if (placement == null) {
                continue;
            }
            double[] l = new double[primary.size()];
            double[] t = new double[primary.size()];
            for (int i = 0; i < primary.size(); i++) {
                l[i] = levels.get(i).getOrDefault(site, Double.NaN);
                t[i] = trends.get(i).getOrDefault(site, Double.NaN);
            }
            candidates.put(site, new Candidate(site, String.valueOf(placement.kind()),
                    placement.segment() == null ? "" : placement.segment(), l, t));
        }
        return candidates;
    }

    private static List<ControlProposal.Balance> balance(List<String> primary, List<Long> pilotSites, Set<Long> controlSites,
                                                         Map<Long, Candidate> candidates, List<String> warnings) {
        List<ControlProposal.Balance> rows = new ArrayList<>();
        for (int i = 0; i < primary.size(); i++) {
            for (String measure : List.of("LEVEL", "TREND")) {
                final int k = i;
                boolean level = measure.equals("LEVEL");
                double[] t = pilotSites.stream().map(candidates::get).filter(java.util.Objects::nonNull)
                        .mapToDouble(c -> level ? c.levels()[k] : c.trends()[k]).filter(v -> !Double.isNaN(v)).toArray();
                double[] c = controlSites.stream().map(candidates::get).filter(java.util.Objects::nonNull)
                        .mapToDouble(x -> level ? x.levels()[k] : x.trends()[k]).filter(v -> !Double.isNaN(v)).toArray();
                if (t.length == 0 || c.length == 0) {
                    continue;
                }
                double smd = Statistics.standardisedDifference(t, c);
                rows.add(new ControlProposal.Balance(primary.get(i), measure, Statistics.mean(t), Statistics.mean(c), smd));
                if (Math.abs(smd) > POOR_BALANCE) {
                    warnings.add("pilot.warning.poorBalance:" + primary.get(i) + " " + measure);
                }
            }
        }
        return rows;
    }

    private List<Contamination.OtherPilot> otherPilots(long id) {
        return store.all().stream().filter(other -> other.getId() != id).map(Pilot::summary)
                .map(o -> new Contamination.OtherPilot(o.pilotFrom(), o.pilotTo(), o.pilotSiteIds())).toList();
    }

    private Set<Long> sitesInOtherPilots(long id) {
        Set<Long> sites = new HashSet<>();
        for (Pilot other : store.all()) {
            if (other.getId() != id && !other.getStatus().isClosed()) {
                sites.addAll(other.siteIds(Pilot.PILOT));
                sites.addAll(other.siteIds(Pilot.CONTROL));
            }
        }
        return sites;
    }

    private Pilot find(long id) {
        return store.byId(id).orElseThrow(() -> new NotFound("Pilot", id));
    }

    private Pilot forEdit(long id, long expectedVersion) {
        Pilot pilot = find(id);
        if (pilot.getVersion() != expectedVersion) {
            throw new EditConflict("Pilot", id);
        }
        return pilot;
    }

    /** A pilot whose design and sites may still change: not yet validated or rejected. */
    private Pilot forDesign(long id, long expectedVersion) {
        Pilot pilot = forEdit(id, expectedVersion);
        if (pilot.getStatus().isClosed()) {
            throw new InvalidInput(Problem.of("status", "pilot.closed", pilot.getStatus()));
        }
        return pilot;
    }

    private PilotSummary saved(Pilot pilot, String action) {
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("Pilot", pilot.getId());
        }
        audit.record("Pilot", pilot.getId(), action, String.valueOf(pilot.getStatus()));
        return pilot.summary();
    }
}
