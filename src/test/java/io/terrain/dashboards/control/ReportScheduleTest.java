package io.terrain.dashboards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {

    @Test
    void theDefaultIsTheFirstOfTheMonthAtSix() {
        ScheduleExpression monthly = ReportSchedule.parse(ReportSchedule.MONTHLY);
        assertEquals("0", monthly.getSecond());
        assertEquals("0", monthly.getMinute());
        assertEquals("6", monthly.getHour());
        assertEquals("1", monthly.getDayOfMonth());
        assertEquals("*", monthly.getMonth());
        assertEquals("*", monthly.getDayOfWeek());
    }

    @Test
    void fieldsKeepTheTimerServicesSyntaxWhateverTheSpacing() {
        ScheduleExpression everyFiveMinutesOnWeekdays = ReportSchedule.parse("  */5  9-17 * * Mon-Fri ");
        assertEquals("*/5", everyFiveMinutesOnWeekdays.getMinute());
        assertEquals("9-17", everyFiveMinutesOnWeekdays.getHour());
        assertEquals("Mon-Fri", everyFiveMinutesOnWeekdays.getDayOfWeek());
    }

    @Test
    void aValueWithoutItsFiveFieldsNamesThePropertyAndShowsAnExample() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ReportSchedule.parse("0 6 1"));
        assertEquals("terrain.reports.monthly-schedule must hold five fields (minute hour day-of-month month day-of-week,"
                + " e.g. \"0 6 1 * *\"), not \"0 6 1\"", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportSchedule.parse(""));
        assertThrows(IllegalArgumentException.class, () -> ReportSchedule.parse(null));
    }
}
