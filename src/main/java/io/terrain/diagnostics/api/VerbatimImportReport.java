package io.terrain.diagnostics.api;

import io.terrain.platform.api.Problem;
import java.io.Serializable;
import java.util.List;

/** What a verbatim import read and, unless a row was rejected, wrote: the file is in or out as a whole. */
public record VerbatimImportReport(long rows, long written, long rejectedRows, List<Problem> problems, boolean applied,
                                   boolean dryRun) implements Serializable {

    public VerbatimImportReport {
        problems = List.copyOf(problems);
    }
}
