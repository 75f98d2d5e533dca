package io.terrain.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.Estimate;
import io.terrain.indicators.api.StaggeredImpact.Cell;
import io.terrain.indicators.api.StaggeredImpact.EventTimeEffect;
import io.terrain.indicators.api.StaggeredImpact.PeriodEffect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The estimator against the published results of Callaway &amp; Sant'Anna (2021) on mpdta (R {@code did}
 * 2.5.0, no covariates, analytic standard errors), as listed in src/test/resources/reference/README.md
 * and the shared data README: every number, to 4 decimals, both comparison groups.
 */
class CallawaySantAnnaTest {

    private static final double EPS = 0.00005;
    private static final List<LocalDate> YEARS = List.of(year(2003), year(2004), year(2005), year(2006), year(2007));

    static LocalDate year(int y) {
        return LocalDate.of(y, 1, 1);
    }

    /** mpdta as a panel: 500 counties × 2003–2007, lemp; cohort = index of first.treat (0 → never). */
    record Mpdta(double[][] values, int[] cohorts) {
        static Mpdta read() throws IOException {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/reference/mpdta.csv"));
            List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
            int yearColumn = header.indexOf("year");
            int county = header.indexOf("countyreal");
            int lemp = header.indexOf("lemp");
            int firstTreat = header.indexOf("first.treat");
            Map<String, double[]> byCounty = new LinkedHashMap<>();
            Map<String, Integer> cohortByCounty = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                double[] row = byCounty.computeIfAbsent(f[county], c -> nanRow());
                row[Integer.parseInt(f[yearColumn]) - 2003] = Double.parseDouble(f[lemp]);
                int treat = Integer.parseInt(f[firstTreat]);
                cohortByCounty.put(f[county], treat == 0 ? CallawaySantAnna.NEVER : treat - 2003);
            }
            return new Mpdta(byCounty.values().toArray(new double[0][]),
                    cohortByCounty.values().stream().mapToInt(Integer::intValue).toArray());
        }

        private static double[] nanRow() {
            double[] row = new double[5];
            Arrays.fill(row, Double.NaN);
            return row;
        }

        CallawaySantAnna.Result estimate(Comparison comparison) {
            return new CallawaySantAnna(YEARS, values, cohorts, comparison).estimate();
        }
    }

    @Test
    void readsThePanelAsPublished() throws IOException {
        Mpdta mpdta = Mpdta.read();
        assertEquals(500, mpdta.values().length);
        assertEquals(20, Arrays.stream(mpdta.cohorts()).filter(g -> g == 1).count());
        assertEquals(40, Arrays.stream(mpdta.cohorts()).filter(g -> g == 3).count());
        assertEquals(131, Arrays.stream(mpdta.cohorts()).filter(g -> g == 4).count());
        assertEquals(309, Arrays.stream(mpdta.cohorts()).filter(g -> g == CallawaySantAnna.NEVER).count());
    }

    @Test
    void groupTimeEffectsAgainstNeverAdoptingSites() throws IOException {
        CallawaySantAnna.Result r = Mpdta.read().estimate(Comparison.NEVER_ADOPTED);
        double[][] expected = {
                // cohort, period, att, se
                {2004, 2004, -0.0105, 0.0233}, {2004, 2005, -0.0704, 0.0310}, {2004, 2006, -0.1373, 0.0364}, {2004, 2007, -0.1008, 0.0344},
                {2006, 2004, 0.0065, 0.0233}, {2006, 2005, -0.0028, 0.0196}, {2006, 2006, -0.0046, 0.0178}, {2006, 2007, -0.0412, 0.0202},
                {2007, 2004, 0.0305, 0.0150}, {2007, 2005, -0.0027, 0.0164}, {2007, 2006, -0.0311, 0.0179}, {2007, 2007, -0.0261, 0.0167}};
        assertCells(expected, r.cells());
    }

    @Test
    void groupTimeEffectsAgainstNotYetAdoptedSites() throws IOException {
        CallawaySantAnna.Result r = Mpdta.read().estimate(Comparison.NOT_YET_ADOPTED);
        double[][] expected = {
                {2004, 2004, -0.0194, 0.0223}, {2004, 2005, -0.0783, 0.0304}, {2004, 2006, -0.1363, 0.0354}, {2004, 2007, -0.1008, 0.0344},
                {2006, 2004, -0.0026, 0.0225}, {2006, 2005, -0.0019, 0.0190}, {2006, 2006, 0.0047, 0.0163}, {2006, 2007, -0.0412, 0.0202},
                {2007, 2004, 0.0298, 0.0145}, {2007, 2005, -0.0024, 0.0160}, {2007, 2006, -0.0311, 0.0179}, {2007, 2007, -0.0261, 0.0167}};
        assertCells(expected, r.cells());
    }

    @Test
    void aggregatesAgainstNeverAdoptingSites() throws IOException {
        CallawaySantAnna.Result r = Mpdta.read().estimate(Comparison.NEVER_ADOPTED);
        assertEstimate(-0.0400, 0.0120, r.overall());
        assertCohort(r, 0, 2004, 20, -0.0797, 0.0264);
        assertCohort(r, 1, 2006, 40, -0.0229, 0.0167);
        assertCohort(r, 2, 2007, 131, -0.0261, 0.0167);
        assertEstimate(-0.0310, 0.0124, r.overallOfCohorts());
        assertEventTimes(r.byEventTime(), 0.0305, -0.0006, -0.0245, -0.0199, -0.0510, -0.1373, -0.1008);
        assertEquals(0.0118, r.byEventTime().get(3).se(), EPS);
        assertEquals(0.0169, r.byEventTime().get(4).se(), EPS);
        assertEquals(0.0364, r.byEventTime().get(5).se(), EPS);
        assertEquals(0.0344, r.byEventTime().get(6).se(), EPS);
        assertEstimate(-0.0772, 0.0200, r.overallOfEventTimes());
        assertPeriods(r.byPeriod(), -0.0105, -0.0704, -0.0488, -0.0371);
        assertEstimate(-0.0417, 0.0160, r.overallOfPeriods());
    }

    @Test
    void aggregatesAgainstNotYetAdoptedSites() throws IOException {
        CallawaySantAnna.Result r = Mpdta.read().estimate(Comparison.NOT_YET_ADOPTED);
        assertEstimate(-0.0398, 0.0121, r.overall());
        assertCohort(r, 0, 2004, 20, -0.0837, 0.0257);
        assertCohort(r, 1, 2006, 40, -0.0183, 0.0159);
        assertCohort(r, 2, 2007, 131, -0.0261, 0.0167);
        assertEstimate(-0.0305, 0.0126, r.overallOfCohorts());
        assertEventTimes(r.byEventTime(), 0.0298, -0.0024, -0.0243, -0.0189, -0.0536, -0.1363, -0.1008);
        assertEquals(0.0120, r.byEventTime().get(3).se(), EPS);
        assertEquals(0.0169, r.byEventTime().get(4).se(), EPS);
        assertEquals(0.0354, r.byEventTime().get(5).se(), EPS);
        assertEquals(0.0344, r.byEventTime().get(6).se(), EPS);
        assertEstimate(-0.0774, 0.0196, r.overallOfEventTimes());
        assertPeriods(r.byPeriod(), -0.0194, -0.0783, -0.0423, -0.0371);
        assertEstimate(-0.0443, 0.0156, r.overallOfPeriods());
    }

    @Test
    void preTrendWaldTestAsPublished() throws IOException {
        CallawaySantAnna.Result r = Mpdta.read().estimate(Comparison.NEVER_ADOPTED);
        assertEquals(5, r.pretrend().cells());
        assertNotNull(r.pretrend().statistic());
        assertEquals(7.79, r.pretrend().statistic(), 0.005);
        assertEquals(0.168, r.pretrend().pValue(), 0.0005);
    }

    @Test
    void intervalIsTheEstimatePlusOrMinus1_96StandardErrors() throws IOException {
        Estimate overall = Mpdta.read().estimate(Comparison.NEVER_ADOPTED).overall();
        assertEquals(overall.att() - 1.959964 * overall.se(), overall.ciLow(), 1e-6);
        assertEquals(overall.att() + 1.959964 * overall.se(), overall.ciHigh(), 1e-6);
    }

    private static void assertCells(double[][] expected, List<Cell> cells) {
        assertEquals(expected.length, cells.size());
        List<String> mismatches = new ArrayList<>();
        for (double[] e : expected) {
            Cell cell = cells.stream()
                    .filter(c -> c.cohort().getYear() == (int) e[0] && c.period().getYear() == (int) e[1]).findFirst().orElseThrow();
            if (Math.abs(cell.att() - e[2]) > EPS || Math.abs(cell.se() - e[3]) > EPS) {
                mismatches.add((int) e[0] + "/" + (int) e[1] + ": " + cell.att() + " (" + cell.se() + ")");
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static void assertEstimate(double att, double se, Estimate actual) {
        assertEquals(att, actual.att(), EPS, "att");
        assertEquals(se, actual.se(), EPS, "se");
    }

    private static void assertCohort(CallawaySantAnna.Result r, int index, int year, int sites, double att, double se) {
        var cohort = r.byCohort().get(index);
        assertEquals(year, cohort.cohort().getYear());
        assertEquals(sites, cohort.sites());
        assertEquals(att, cohort.att(), EPS, "cohort " + year);
        assertEquals(se, cohort.se(), EPS, "cohort " + year + " se");
    }

    private static void assertEventTimes(List<EventTimeEffect> effects, double... atts) {
        assertEquals(List.of(-3, -2, -1, 0, 1, 2, 3), effects.stream().map(EventTimeEffect::eventTime).toList());
        for (int i = 0; i < atts.length; i++) {
            assertEquals(atts[i], effects.get(i).att(), EPS, "e=" + effects.get(i).eventTime());
        }
    }

    private static void assertPeriods(List<PeriodEffect> effects, double... atts) {
        assertEquals(List.of(2004, 2005, 2006, 2007), effects.stream().map(p -> p.period().getYear()).toList());
        for (int i = 0; i < atts.length; i++) {
            assertEquals(atts[i], effects.get(i).att(), EPS, "period " + effects.get(i).period());
        }
    }
}
