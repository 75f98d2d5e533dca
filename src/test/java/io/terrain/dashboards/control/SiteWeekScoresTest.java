package io.terrain.dashboards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteWeekScoresTest {

    @Test
    void eachSiteWeekGetsTheMeanCsatAndTheNpsCountsOfItsResponses() {
        LocalDate monday = LocalDate.of(2027, 3, 1);
        List<SiteWeekScores> weeks = SiteWeekScores.of(List.of(
                new SiteWeekScores.Scores("S1", monday, 5, 10), new SiteWeekScores.Scores("S1", monday.plusDays(6), 2, 3),
                new SiteWeekScores.Scores("S1", monday.plusDays(2), null, 8), new SiteWeekScores.Scores("S1", monday.plusDays(7), 4, null),
                new SiteWeekScores.Scores("S2", monday.plusDays(1), 3, 9)));
        assertEquals(List.of(new SiteWeekScores("S1", monday, 2, 3.5, 1, 1, 1), new SiteWeekScores("S1", monday.plusDays(7), 1, 4.0, 0, 0, 0),
                new SiteWeekScores("S2", monday, 1, 3.0, 1, 0, 0)), weeks);
        assertEquals(0.0, weeks.get(0).nps(), 1e-12);
        assertEquals(100.0, weeks.get(2).nps(), 1e-12);
        assertEquals("site_code,kpi_code,period_start,value,promoters,passives,detractors,sample_size,source\n"
                + "S1,CSAT,2027-03-01,3.5,,,,2,feedback\nS1,NPS,2027-03-01,0.0,1,1,1,3,feedback\n"
                + "S1,CSAT,2027-03-08,4.0,,,,1,feedback\n"
                + "S2,CSAT,2027-03-01,3.0,,,,1,feedback\nS2,NPS,2027-03-01,100.0,1,0,0,1,feedback\n", SiteWeekScores.measurementsCsv(weeks));
    }
}
