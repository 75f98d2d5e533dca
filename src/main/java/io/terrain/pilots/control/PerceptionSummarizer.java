package io.terrain.pilots.control;

import io.terrain.pilots.api.PerceptionSummary;
import io.terrain.pilots.entity.Perception;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Means of the teams' responses per site and overall; felt when the overall mean score reaches the threshold. */
public final class PerceptionSummarizer {

    private PerceptionSummarizer() {
    }

    public static PerceptionSummary summarize(List<Perception> responses, Map<Long, String> siteNames, double threshold) {
        Map<Long, List<Perception>> bySite = new LinkedHashMap<>();
        responses.forEach(r -> bySite.computeIfAbsent(r.getSiteId(), s -> new ArrayList<>()).add(r));
        List<PerceptionSummary.Site> sites = new ArrayList<>();
        bySite.forEach((site, rs) -> sites.add(new PerceptionSummary.Site(site, siteNames.getOrDefault(site, "#" + site), rs.size(),
                meanScore(rs), orNull(rs.stream().mapToInt(Perception::getRecommend).average()))));
        Double mean = meanScore(responses);
        Double recommend = orNull(responses.stream().mapToInt(Perception::getRecommend).average());
        List<String> comments = responses.stream().map(Perception::getComment).filter(c -> c != null && !c.isBlank()).toList();
        return new PerceptionSummary(sites, responses.size(), mean, recommend, threshold, mean != null && mean >= threshold,
                comments);
    }

    /** The mean of every score given (each response weighs by the improvements it scored). */
    static Double meanScore(List<Perception> responses) {
        return orNull(responses.stream().flatMap(r -> r.scoreList().stream()).mapToInt(Integer::intValue).average());
    }

    /** No responses, no mean (JSON has no NaN). */
    private static Double orNull(java.util.OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
