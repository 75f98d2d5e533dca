package io.terrain.pilots.api;

import java.io.Serializable;
import java.util.List;

/**
 * What the teams feel: per pilot site and overall, the number of responses, the mean score of the
 * improvements (1-5) and the mean "would recommend" (0-10); {@code felt} when the overall mean
 * score reaches the threshold (configuration {@code terrain.pilots.perception-threshold}).
 */
public record PerceptionSummary(List<Site> sites, int responses, Double meanScore, Double meanRecommend, double threshold,
                                boolean felt, List<String> comments) implements Serializable {

    public record Site(long siteId, String siteName, int responses, Double meanScore, Double meanRecommend) implements Serializable {
    }
}
