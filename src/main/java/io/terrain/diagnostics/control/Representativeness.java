package io.terrain.diagnostics.control;

import io.terrain.diagnostics.api.SampleCoverage;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a sample with the network it should reflect, stratum by stratum: site kind × segment ×
 * region, over active sites. Closed sites in the sample count in no stratum.
 */
public final class Representativeness {

    private Representativeness() {
    }

    /** The stratum a site belongs to. Segment and region may be missing; "—" and null then stand for them. */
    public record StratumKey(String kind, String segment, Long regionId) {

        static StratumKey of(SitePlacement site) {
            return new StratumKey(site.kind() == null ? "—" : site.kind().name(), site.segment() == null ? "—" : site.segment(),
                    site.regionId());
        }
    }

    public static SampleCoverage of(Collection<SitePlacement> network, Set<Long> sample, Map<Long, String> regionNames) {
        Map<StratumKey, int[]> counts = new LinkedHashMap<>(); // [network, sample]
        int networkSites = 0;
        int sampleSites = 0;
        for (SitePlacement site : network) {
            if (site.status() != SiteStatus.ACTIVE) {
                continue;
            }
            int[] c = counts.computeIfAbsent(StratumKey.of(site), k -> new int[2]);
            c[0]++;
            networkSites++;
            if (sample.contains(site.siteId())) {
                c[1]++;
                sampleSites++;
            }
        }
        List<SampleCoverage.Stratum> strata = new ArrayList<>();
        int missing = 0;
        double distance = 0;
        for (Map.Entry<StratumKey, int[]> e : counts.entrySet()) {
            StratumKey k = e.getKey();
            int[] c = e.getValue();
            strata.add(new SampleCoverage.Stratum(k.kind(), k.segment(), k.regionId(),
                    k.regionId() == null ? "—" : regionNames.getOrDefault(k.regionId(), String.valueOf(k.regionId())), c[0], c[1]));
            if (c[1] == 0) {
                missing++;
            }
            double networkShare = (double) c[0] / networkSites;
            double sampleShare = sampleSites == 0 ? 0 : (double) c[1] / sampleSites;
            distance += Math.abs(networkShare - sampleShare);
        }
        // Missing strata first, then the largest: what the manager must look at comes on top.
        strata.sort(Comparator.comparing((SampleCoverage.Stratum s) -> !s.missing())
                .thenComparing(Comparator.comparingInt(SampleCoverage.Stratum::networkSites).reversed())
                .thenComparing(SampleCoverage.Stratum::kind).thenComparing(SampleCoverage.Stratum::segment)
                .thenComparing(s -> Objects.toString(s.regionName(), "")));
        return new SampleCoverage(networkSites, sampleSites, strata, missing, sampleSites == 0 ? 1 : distance / 2);
    }
}
