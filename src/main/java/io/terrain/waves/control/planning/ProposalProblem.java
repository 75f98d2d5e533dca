package io.terrain.waves.control.planning;

import io.terrain.platform.api.Problem;
import io.terrain.waves.api.ProposalRequest;
import io.terrain.waves.api.ProposalSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a plan into a planning problem, and a solution into what the manager reads. Pure: no database. */
public final class ProposalProblem {

    public static final int DEFAULT_WAVES = 3;
    public static final int DEFAULT_CADENCE_WEEKS = 8;
    public static final BigDecimal DEFAULT_DAYS_PER_SITE = new BigDecimal("0.5");
    public static final BigDecimal DEFAULT_COMPARISON_SHARE = new BigDecimal("0.2");
    public static final int DEFAULT_SECONDS = 30;
    public static final int MAX_SECONDS = 300;
    public static final int MAX_WAVES = 52;
    /** Sites with no region (hung higher up in the tree) have no home-region coaches. */
    static final long NO_REGION = -1;

    private ProposalProblem() {
    }

    /** A site that may be placed: its current wave (null: none), pinned or not. */
    public record Candidate(long siteId, String code, Long regionId, String segment, long benefit, int readyFrom, boolean blocked,
                            boolean pinned, Long currentWaveId) {
    }

    /** An existing wave of the plan that has not gone live: a slot the proposal may fill. */
    public record OpenWave(long id, String code, LocalDate goLive) {
    }

    /** A region's coach time available per week, in days. */
    public record Supply(long regionId, String name, double daysPerWeek) {
    }

    /** What is wrong with a request, each problem naming its field. */
    public static List<Problem> check(ProposalRequest r) {
        List<Problem> problems = new ArrayList<>();
        if (r.waves() != null && (r.waves() < 1 || r.waves() > MAX_WAVES)) {
            problems.add(Problem.of("waves", "waves.proposal.waves.range", MAX_WAVES));
        }
        if (r.cadenceWeeks() != null && (r.cadenceWeeks() < 1 || r.cadenceWeeks() > 52)) {
            problems.add(Problem.of("cadenceWeeks", "waves.proposal.cadence.range"));
        }
        if (r.daysPerSite() != null && (r.daysPerSite().signum() <= 0 || r.daysPerSite().compareTo(BigDecimal.valueOf(5)) > 0)) {
            problems.add(Problem.of("daysPerSite", "waves.proposal.daysPerSite.range"));
        }
        if (r.comparisonShare() != null && (r.comparisonShare().signum() < 0 || r.comparisonShare().compareTo(new BigDecimal("0.9")) > 0)) {
            problems.add(Problem.of("comparisonShare", "waves.proposal.share.range"));
        }
        if (r.timeLimitSeconds() != null && (r.timeLimitSeconds() < 1 || r.timeLimitSeconds() > MAX_SECONDS)) {
            problems.add(Problem.of("timeLimitSeconds", "waves.proposal.seconds.range", MAX_SECONDS));
        }
        if (r.firstGoLive() != null && r.firstGoLive().isBefore(LocalDate.now())) {
            problems.add(Problem.of("firstGoLive", "waves.proposal.firstGoLive.past"));
        }
        return problems;
    }

    /** The waves to fill: the open ones, then new ones at the cadence until {@code waves} in all. */
    public static List<WaveSlot> slots(ProposalRequest r, List<OpenWave> open, Set<String> takenCodes, LocalDate today) {
        int total = Math.max(r.waves() == null ? DEFAULT_WAVES : r.waves(), open.size());
        int cadence = r.cadenceWeeks() == null ? DEFAULT_CADENCE_WEEKS : r.cadenceWeeks();
        List<WaveSlot> slots = new ArrayList<>();
        List<OpenWave> sorted = open.stream().sorted(Comparator.comparing(OpenWave::goLive)).toList();
        for (OpenWave w : sorted) {
            slots.add(new WaveSlot(slots.size(), w.code(), w.goLive(), w.id(), slots.size() == total - 1));
        }
        LocalDate next = r.firstGoLive() != null ? r.firstGoLive()
                : sorted.isEmpty() ? today.plusWeeks(cadence) : sorted.get(sorted.size() - 1).goLive().plusWeeks(cadence);
        Set<String> taken = new HashSet<>(takenCodes);
        int n = 1;
        while (slots.size() < total) {
            String code = "V" + n;
            while (taken.contains(code)) {
                code = "V" + (++n);
            }
            taken.add(code);
            slots.add(new WaveSlot(slots.size(), code, next, null, slots.size() == total - 1));
            next = next.plusWeeks(cadence);
        }
        return slots;
    }

    public static WaveProposal problem(ProposalRequest r, List<WaveSlot> slots, List<Candidate> candidates, List<Supply> supplies) {
        long tenthsPerSite = tenths(r.daysPerSite() == null ? DEFAULT_DAYS_PER_SITE.doubleValue() : r.daysPerSite().doubleValue());
        double share = r.comparisonShare() == null ? DEFAULT_COMPARISON_SHARE.doubleValue() : r.comparisonShare().doubleValue();
        Map<Long, WaveSlot> slotOfWave = new HashMap<>();
        slots.stream().filter(s -> s.waveId() != null).forEach(s -> slotOfWave.put(s.waveId(), s));
        List<SiteSlot> sites = new ArrayList<>();
        Map<String, int[]> groups = new HashMap<>();
        Set<Long> regions = new HashSet<>();
        for (Candidate c : candidates) {
            long region = c.regionId() == null ? NO_REGION : c.regionId();
            regions.add(region);
            WaveSlot current = c.currentWaveId() == null ? null : slotOfWave.get(c.currentWaveId());
            sites.add(new SiteSlot(c.siteId(), c.code(), region, c.segment(), c.benefit(), c.readyFrom(), c.blocked(),
                    c.pinned() && current != null, current));
            groups.computeIfAbsent(region + "\u0000" + (c.segment() == null ? "" : c.segment()), k -> new int[1])[0]++;
        }
        List<RegionSupply> regionSupplies = new ArrayList<>();
        Map<Long, Supply> byRegion = new HashMap<>();
        supplies.forEach(s -> byRegion.put(s.regionId(), s));
        for (long region : regions) {
            Supply s = byRegion.get(region);
            regionSupplies.add(new RegionSupply(region, s == null ? "—" : s.name(), s == null ? 0 : tenths(s.daysPerWeek()), tenthsPerSite));
        }
        List<ComparisonGroup> comparisonGroups = new ArrayList<>();
        groups.forEach((key, size) -> {
            String[] parts = key.split("\u0000", -1);
            comparisonGroups.add(new ComparisonGroup(Long.parseLong(parts[0]), parts[1], size[0], (int) Math.ceil(share * size[0])));
        });
        return new WaveProposal(slots, regionSupplies, comparisonGroups, sites);
    }

    static long tenths(double days) {
        return Math.max(0, Math.round(days * 10));
    }

    /** Each wave's sites and coach days, from a solution. */
    public static List<ProposalSummary.ProposedWave> waves(WaveProposal solution) {
        Map<Integer, Integer> counts = new HashMap<>();
        solution.getSites().stream().filter(s -> s.getWave() != null).forEach(s -> counts.merge(s.getWave().index(), 1, Integer::sum));
        long tenthsPerSite = solution.getSupplies().isEmpty() ? 0 : solution.getSupplies().get(0).tenthsPerSite();
        return solution.getWaves().stream().map(w -> new ProposalSummary.ProposedWave(w.index(), w.code(), w.goLive(), w.waveId(),
                counts.getOrDefault(w.index(), 0), counts.getOrDefault(w.index(), 0) * tenthsPerSite / 10.0)).toList();
    }

    /**
     * Why sites are left out, in words a manager can act on: per region, the coach time it has and
     * what its unplaced sites would need; sites of blocked units; sites whose unit is not ready.
     */
    public static List<Problem> reasons(WaveProposal solution) {
        List<Problem> reasons = new ArrayList<>();
        Map<Long, Integer> unplacedByRegion = new HashMap<>();
        Map<Long, Map<Integer, Integer>> placed = new HashMap<>();
        int blocked = 0;
        for (SiteSlot s : solution.getSites()) {
            if (s.getWave() == null) {
                if (s.isBlocked()) {
                    blocked++;
                } else {
                    unplacedByRegion.merge(s.getRegionId(), 1, Integer::sum);
                }
            } else {
                placed.computeIfAbsent(s.getRegionId(), r -> new HashMap<>()).merge(s.getWave().index(), 1, Integer::sum);
            }
        }
        for (RegionSupply supply : solution.getSupplies()) {
            int unplaced = unplacedByRegion.getOrDefault(supply.regionId(), 0);
            Map<Integer, Integer> perWave = placed.getOrDefault(supply.regionId(), Map.of());
            for (WaveSlot wave : solution.getWaves()) {
                int sites = perWave.getOrDefault(wave.index(), 0);
                if (supply.demand(sites) > supply.tenthsPerWeek()) {
                    reasons.add(Problem.of(null, "waves.proposal.reason.overCapacity", supply.name(), supply.tenthsPerWeek() / 10.0,
                            wave.code(), supply.demand(sites) / 10.0));
                }
            }
            if (unplaced > 0) {
                reasons.add(Problem.of(null, supply.tenthsPerWeek() == 0 ? "waves.proposal.reason.noCoach" : "waves.proposal.reason.capacity",
                        supply.name(), supply.tenthsPerWeek() / 10.0, unplaced, supply.demand(unplaced) / 10.0));
            }
        }
        if (blocked > 0) {
            reasons.add(Problem.of(null, "waves.proposal.reason.blocked", blocked));
        }
        return reasons;
    }
}
