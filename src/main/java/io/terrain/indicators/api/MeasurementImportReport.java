package io.terrain.indicators.api;

import io.terrain.platform.api.Problem;
import java.io.Serializable;
import java.util.List;

/**
 * What a measurements import read, wrote and rejected. {@code problems} lists rejected rows with
 * line, column and reason, up to {@link #MAX_LISTED}; {@code rejectedRows} counts them all;
 * {@code kpiCodes} names the KPIs it wrote measurements of.
 */
public record MeasurementImportReport(ImportMode mode, boolean dryRun, long rows, long written, long rejectedRows,
                                      List<Problem> problems, boolean applied, List<String> kpiCodes) implements Serializable {

    public static final int MAX_LISTED = 10_000;

    public MeasurementImportReport {
        problems = List.copyOf(problems);
        kpiCodes = List.copyOf(kpiCodes);
    }
}
