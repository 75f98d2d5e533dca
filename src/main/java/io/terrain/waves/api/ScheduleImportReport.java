package io.terrain.waves.api;

import io.terrain.platform.api.Problem;
import java.io.Serializable;
import java.util.List;

/**
 * What a schedule import did (or, in a dry run, would do): all or nothing, so {@code applied} is
 * false whenever a row was rejected, and every rejected row is named in {@code problems}.
 */
public record ScheduleImportReport(long rows, long sitesScheduled, long adoptions, List<String> wavesCreated, long rejected,
                                   List<Problem> problems, boolean applied, boolean dryRun) implements Serializable {

    public ScheduleImportReport {
        wavesCreated = List.copyOf(wavesCreated);
        problems = List.copyOf(problems);
    }
}
