package io.terrain.dashboards.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A monthly direction report in the archive: which month, when and by whom (or the schedule) it was generated, and
 * when it was last mailed to how many subscribers ({@code mailedAt} absent when never).
 */
public record MonthlyReportSummary(long id, LocalDate month, boolean scheduled, String language, LocalDateTime generatedAt,
                                   String generatedBy, long pdfBytes, long xlsxBytes, LocalDateTime mailedAt, int mailedTo)
        implements Serializable {
}
