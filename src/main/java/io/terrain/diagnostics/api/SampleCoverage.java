package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.util.List;

/**
 * How well a sample reflects the network, stratum by stratum (site kind × segment × region, active
 * sites). {@code distance} is the total variation distance between the two distributions: 0 when
 * the sample has the network's proportions, 1 when they share nothing.
 */
public record SampleCoverage(int networkSites, int sampleSites, List<Stratum> strata, int missingStrata, double distance)
        implements Serializable {

    public SampleCoverage {
        strata = List.copyOf(strata);
    }

    public record Stratum(String kind, String segment, Long regionId, String regionName, int networkSites, int sampleSites)
            implements Serializable {

        public boolean missing() {
            return networkSites > 0 && sampleSites == 0;
        }
    }
}
