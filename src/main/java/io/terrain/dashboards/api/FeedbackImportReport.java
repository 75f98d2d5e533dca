package io.terrain.dashboards.api;

import io.terrain.platform.api.Problem;
import java.io.Serializable;
import java.util.List;

/**
 * What a feedback import did: rows read, responses added, responses resent as they were (recognised by their id,
 * nothing written) or with other content (corrected), rows rejected with each problem (line, column, why), and the
 * site-weeks whose CSAT and NPS were computed again.
 */
public record FeedbackImportReport(long rows, long added, long corrected, long resent, long rejected, List<Problem> problems,
                                   boolean applied, boolean dryRun, long siteWeeksMeasured) implements Serializable {

    public FeedbackImportReport {
        problems = List.copyOf(problems);
    }
}
