package io.terrain.pilots.boundary;

import io.terrain.indicators.api.ImpactQuery;
import io.terrain.indicators.api.ImpactResult;
import io.terrain.indicators.api.Indicators;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import io.terrain.pilots.api.ControlProposal;
import io.terrain.pilots.api.DesignCheck;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.control.Candidate;
import io.terrain.pilots.control.Contamination;
import io.terrain.pilots.control.ControlMatcher;
import io.terrain.pilots.control.PilotStore;
import io.terrain.pilots.control.Statistics;
import io.terrain.pilots.entity.Pilot;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

/**
 * Pilot and control sites: placing them, proposing matched controls (same kind, same segment first, nearest on the
 * primary KPIs' baseline level and trend, never a site another pilot treats meanwhile), their balance, and before
 * launch the smallest effect the design can detect.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class PilotMatchingFacade {

    /** Fewer pilot sites than this, and no honest statistics can come out of a pilot. */
    static final int MIN_PILOT_SITES = 3;
    private static final double POOR_BALANCE = 0.25;

    @Inject
    PilotStore store;

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    @Inject
    PilotEdits edits;

    /** The pilot and control sites; a site cannot be both. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PilotSummary placeSites(long id, long expectedVersion, List<Long> pilotSites, List<Long> controlSites) {
        Pilot pilot = edits.forDesign(id, expectedVersion);
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
        return edits.saved(pilot, "SITES");
    }

    /**
     * Proposes matched control sites: same kind, the same segment first, nearest on the baseline
     * level and trend of the primary KPIs; with the balance table and warnings. Nothing is saved.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public ControlProposal proposeControls(long id, int perPilot) {
        PilotSummary p = edits.find(id).summary();
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
        PilotSummary p = edits.find(id).summary();
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
        PilotSummary p = edits.find(id).summary();
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
}
