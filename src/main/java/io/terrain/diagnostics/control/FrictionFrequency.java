package io.terrain.diagnostics.control;

import io.terrain.diagnostics.api.FrictionSummary.Frequency;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How often a friction point occurs, from its evidence: of the observations the campaign made at the
 * friction's step, how many it is linked to; of the sites observed at that step, at how many it was
 * seen. Linked observations made at another step do not count (they are evidence, not occurrences).
 */
public final class FrictionFrequency {

    private FrictionFrequency() {
    }

    /**
     * @param stepObservations every observation of the campaign at the friction's step: observation id → site id
     * @param linked the observation ids linked to the friction point
     */
    public static Frequency of(Map<Long, Long> stepObservations, Collection<Long> linked) {
        Set<Long> sites = new HashSet<>();
        Set<Long> seenAt = new HashSet<>();
        int occurrences = 0;
        for (Map.Entry<Long, Long> o : stepObservations.entrySet()) {
            sites.add(o.getValue());
            if (linked.contains(o.getKey())) {
                occurrences++;
                seenAt.add(o.getValue());
            }
        }
        return new Frequency(occurrences, stepObservations.size(), seenAt.size(), sites.size());
    }

    /** Severity (1-4) weighted by how often it occurs: what the Pareto of stakes sorts by. */
    public static double score(int severity, Frequency frequency) {
        return severity * frequency.observationShare();
    }
}
