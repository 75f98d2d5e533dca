package io.terrain.pilots.api;

import io.terrain.platform.api.Problem;
import java.io.Serializable;
import java.util.List;

/** What a file of team responses held and, unless a row was rejected, wrote: the file is in or out as a whole. */
public record PerceptionImportReport(long rows, long written, long rejectedRows, List<Problem> problems, boolean applied)
        implements Serializable {

    public PerceptionImportReport {
        problems = List.copyOf(problems);
    }
}
