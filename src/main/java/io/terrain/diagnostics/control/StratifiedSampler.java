package io.terrain.diagnostics.control;

import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws a stratified random sample of active sites: strata as in {@link Representativeness}, sizes
 * in proportion to the network (largest remainders). When the sample is at least as large as the
 * number of strata, every stratum gets one site first, so none is missing; the rest is shared in
 * proportion. Within a stratum, sites are drawn at random (the caller's seed makes it repeatable).
 */
public final class StratifiedSampler {

    private StratifiedSampler() {
    }

    public static Set<Long> draw(Collection<SitePlacement> network, int size, Random random) {
        Map<Representativeness.StratumKey, List<Long>> strata = new LinkedHashMap<>();
        network.stream().filter(s -> s.status() == SiteStatus.ACTIVE).sorted(Comparator.comparingLong(SitePlacement::siteId))
                .forEach(s -> strata.computeIfAbsent(Representativeness.StratumKey.of(s), k -> new ArrayList<>()).add(s.siteId()));
        int total = strata.values().stream().mapToInt(List::size).sum();
        int wanted = Math.max(0, Math.min(size, total));
        Map<Representativeness.StratumKey, Integer> allocation = allocate(strata, total, wanted);
        Set<Long> sample = new LinkedHashSet<>();
        for (Map.Entry<Representativeness.StratumKey, List<Long>> e : strata.entrySet()) {
            List<Long> sites = new ArrayList<>(e.getValue());
            int take = allocation.getOrDefault(e.getKey(), 0);
            // Partial Fisher-Yates: the first "take" positions become a uniform random subset.
            for (int i = 0; i < take; i++) {
                int j = i + random.nextInt(sites.size() - i);
                Long swap = sites.get(i);
                sites.set(i, sites.get(j));
                sites.set(j, swap);
                sample.add(sites.get(i));
            }
        }
        return sample;
    }

    /** How many sites each stratum gives: a floor first (one each when there is room), then largest remainders. */
    static Map<Representativeness.StratumKey, Integer> allocate(Map<Representativeness.StratumKey, List<Long>> strata, int total,
                                                              int wanted) {
        Map<Representativeness.StratumKey, Integer> allocation = new LinkedHashMap<>();
        if (wanted == 0) {
            return allocation;
        }
        boolean onePerStratum = wanted >= strata.size();
        int left = wanted;
        if (onePerStratum) {
            for (var key : strata.keySet()) {
                allocation.put(key, 1);
            }
            left -= strata.size();
        }
        int base = onePerStratum ? strata.size() : 0;
        // Share what is left in proportion to the sites each stratum still has.
        int remainingSites = total - base;
        Map<Representativeness.StratumKey, Double> remainders = new LinkedHashMap<>();
        int given = 0;
        for (var e : strata.entrySet()) {
            int available = e.getValue().size() - (onePerStratum ? 1 : 0);
            double exact = remainingSites == 0 ? 0 : (double) left * available / remainingSites;
            int floor = (int) Math.floor(exact);
            allocation.merge(e.getKey(), floor, Integer::sum);
            remainders.put(e.getKey(), exact - floor);
            given += floor;
        }
        List<Representativeness.StratumKey> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparingDouble((Representativeness.StratumKey k) -> remainders.get(k)).reversed());
        for (int i = 0; given < left && i < byRemainder.size(); i++) {
            var key = byRemainder.get(i);
            if (allocation.get(key) < strata.get(key).size()) {
                allocation.merge(key, 1, Integer::sum);
                given++;
            }
        }
        return allocation;
    }
}
