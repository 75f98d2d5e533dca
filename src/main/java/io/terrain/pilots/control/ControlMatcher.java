package io.terrain.pilots.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes control sites for pilot sites: for each pilot site, the k nearest candidates of the same
 * kind, preferring the same segment, by Euclidean distance over the baseline level and trend of the
 * primary KPIs, each standardised by its spread among all candidates (so a KPI in minutes does not
 * outweigh one in percent). A candidate serves one pilot site at most (matching without
 * replacement); pilot sites are served in turn, nearest first, so no pilot site takes all the good
 * matches. Candidates not measured on a KPI are left out.
 */
public final class ControlMatcher {

    private ControlMatcher() {
    }

    public static Map<Long, List<Long>> match(List<Candidate> pilots, List<Candidate> candidates, int perPilot) {
        Set<Long> pilotIds = new HashSet<>();
        pilots.forEach(p -> pilotIds.add(p.siteId()));
        List<Candidate> pool = candidates.stream().filter(c -> !pilotIds.contains(c.siteId())).filter(ControlMatcher::measured).toList();
        double[] scale = scales(pool, pilots.isEmpty() ? 0 : pilots.get(0).levels().length);
        Map<Long, List<Long>> matches = new LinkedHashMap<>();
        pilots.forEach(p -> matches.put(p.siteId(), new ArrayList<>()));
        Set<Long> taken = new HashSet<>();
        for (int round = 0; round < perPilot; round++) {
            for (Candidate pilot : pilots) {
                if (!measured(pilot)) {
                    continue;
                }
                pool.stream().filter(c -> !taken.contains(c.siteId())).filter(c -> c.kind().equals(pilot.kind()))
                        .min(Comparator.comparing((Candidate c) -> !c.segment().equals(pilot.segment()))
                                .thenComparingDouble(c -> distance(pilot, c, scale)).thenComparingLong(Candidate::siteId))
                        .ifPresent(best -> {
                            taken.add(best.siteId());
                            matches.get(pilot.siteId()).add(best.siteId());
                        });
            }
        }
        return matches;
    }

    static double distance(Candidate a, Candidate b, double[] scale) {
        double sum = 0;
        int k = a.levels().length;
        for (int i = 0; i < k; i++) {
            double dl = (a.levels()[i] - b.levels()[i]) / scale[i];
            double dt = (a.trends()[i] - b.trends()[i]) / scale[k + i];
            sum += dl * dl + dt * dt;
        }
        return Math.sqrt(sum);
    }

    /** Standard deviation of each level, then each trend, among the candidates (1 where there is no spread). */
    static double[] scales(List<Candidate> pool, int kpis) {
        double[] scale = new double[2 * kpis];
        for (int i = 0; i < 2 * kpis; i++) {
            final int at = i;
            double[] values = pool.stream().mapToDouble(c -> at < kpis ? c.levels()[at] : c.trends()[at - kpis]).toArray();
            double sd = Statistics.standardDeviation(values);
            scale[i] = sd > 0 && !Double.isNaN(sd) ? sd : 1;
        }
        return scale;
    }

    private static boolean measured(Candidate c) {
        for (int i = 0; i < c.levels().length; i++) {
            if (Double.isNaN(c.levels()[i]) || Double.isNaN(c.trends()[i])) {
                return false;
            }
        }
        return true;
    }
}
