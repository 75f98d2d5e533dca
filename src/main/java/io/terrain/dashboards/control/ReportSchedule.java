package io.terrain.dashboards.control;

import jakarta.ejb.ScheduleExpression;

/**
 * When the monthly report is written, read from configuration (terrain.reports.monthly-schedule) as five fields in
 * cron's order — minute, hour, day of month, month, day of week — each in the timer service's own syntax ("*",
 * "1,15", "9-17", "*&#47;5"). The default is the first of the month at 6:00; the cluster's fault run sets every
 * minute, to see each instance's timer fire and the report written once.
 */
public final class ReportSchedule {

    public static final String PROPERTY = "terrain.reports.monthly-schedule";
    public static final String MONTHLY = "0 6 1 * *";

    private ReportSchedule() {
    }

    /** The timer's expression; a value without its five fields is refused with the property's name and an example. */
    public static ScheduleExpression parse(String fields) {
        String[] parts = fields == null ? new String[0] : fields.trim().split("\\s+");
        if (parts.length != 5 || parts[0].isEmpty()) {
            throw new IllegalArgumentException(PROPERTY + " must hold five fields (minute hour day-of-month month day-of-week,"
                    + " e.g. \"" + MONTHLY + "\"), not \"" + fields + "\"");
        }
        return new ScheduleExpression().second("0").minute(parts[0]).hour(parts[1]).dayOfMonth(parts[2]).month(parts[3])
                .dayOfWeek(parts[4]);
    }
}
