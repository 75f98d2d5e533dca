package io.terrain.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.StaggeredImpact.EventTimeEffect;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A synthetic network where the package's effect grows after adoption (0.5 in the adoption period,
 * +0.5 each period after), adopted in three waves: the estimator recovers the effect at every
 * event time, where a two-way fixed-effects regression (computed here as the reference it must not
 * be) is pulled far below it by comparisons against already-adopted sites.
 */
class StaggeredRecoveryTest {

    private static final int PERIODS = 10;
    private static final int[] COHORTS = {2, 4, 6};
    private static final int SITES_PER_GROUP = 300;

    private static double trueEffect(int eventTime) {
        return eventTime < 0 ? 0 : 0.5 * (eventTime + 1);
    }

    private record Network(double[][] values, int[] cohorts) {
    }

    /** Site levels differ, every period shifts all sites alike, noise sd 0.1 (seeded). */
    private static Network network() {
        Random random = new Random(20261130L);
        int groups = COHORTS.length + 1;
        double[][] values = new double[groups * SITES_PER_GROUP][PERIODS];
        int[] cohorts = new int[values.length];
        double[] periodShock = new double[PERIODS];
        for (int t = 0; t < PERIODS; t++) {
            periodShock[t] = 0.3 * t + random.nextGaussian();
        }
        for (int i = 0; i < values.length; i++) {
            int group = i / SITES_PER_GROUP;
            cohorts[i] = group < COHORTS.length ? COHORTS[group] : CallawaySantAnna.NEVER;
            double level = 10 + 3 * random.nextGaussian();
            for (int t = 0; t < PERIODS; t++) {
                double effect = cohorts[i] == CallawaySantAnna.NEVER ? 0 : trueEffect(t - cohorts[i]);
                values[i][t] = level + periodShock[t] + effect + 0.1 * random.nextGaussian();
            }
        }
        return new Network(values, cohorts);
    }

    private static List<LocalDate> weeks() {
        List<LocalDate> weeks = new ArrayList<>();
        for (int t = 0; t < PERIODS; t++) {
            weeks.add(LocalDate.of(2026, 1, 5).plusWeeks(t));
        }
        return weeks;
    }

    @Test
    void recoversAnEffectThatGrowsAfterAdoption() {
        Network network = network();
        for (Comparison comparison : Comparison.values()) {
            CallawaySantAnna.Result r = new CallawaySantAnna(weeks(), network.values(), network.cohorts(), comparison).estimate();
            for (EventTimeEffect e : r.byEventTime()) {
                assertEquals(trueEffect(e.eventTime()), e.att(), 0.03, comparison + " e=" + e.eventTime());
                assertTrue(e.ciLow() <= trueEffect(e.eventTime()) + 0.03 && e.ciHigh() >= trueEffect(e.eventTime()) - 0.03,
                        comparison + " e=" + e.eventTime() + " interval");
            }
            // Every post-adoption cell weighted alike (equal cohorts): (0.5·(1+…+8) + 0.5·(1+…+6) + 0.5·(1+…+4)) / 18.
            assertEquals(33.5 / 18, r.overall().att(), 0.03, comparison + " overall");
        }
    }

    @Test
    void aTwoWayFixedEffectsRegressionWouldNot() {
        Network network = network();
        double twfe = twoWayFixedEffects(network.values(), network.cohorts());
        assertTrue(33.5 / 18 - twfe > 0.4, "TWFE " + twfe + " should sit far below the true 1.86");
    }

    @Test
    void theReferenceRegressionGivesThePublishedNaiveFigureOnMpdta() throws IOException {
        CallawaySantAnnaTest.Mpdta mpdta = CallawaySantAnnaTest.Mpdta.read();
        // The shared data README: a naive TWFE regression on mpdta gives −0.0365.
        assertEquals(-0.0365, twoWayFixedEffects(mpdta.values(), mpdta.cohorts()), 0.00005);
    }

    /** y = site effect + period effect + β·adopted, balanced panel: β from the two-way demeaned data. */
    private static double twoWayFixedEffects(double[][] y, int[] cohorts) {
        int n = y.length;
        int periods = y[0].length;
        double[][] d = new double[n][periods];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < periods; t++) {
                d[i][t] = cohorts[i] != CallawaySantAnna.NEVER && t >= cohorts[i] ? 1 : 0;
            }
        }
        double[][] yt = demean(y);
        double[][] dt = demean(d);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < periods; t++) {
                num += dt[i][t] * yt[i][t];
                den += dt[i][t] * dt[i][t];
            }
        }
        return num / den;
    }

    private static double[][] demean(double[][] x) {
        int n = x.length;
        int periods = x[0].length;
        double[] rowMean = new double[n];
        double[] columnMean = new double[periods];
        double grand = 0;
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < periods; t++) {
                rowMean[i] += x[i][t] / periods;
                columnMean[t] += x[i][t] / n;
                grand += x[i][t] / (n * periods);
            }
        }
        double[][] out = new double[n][periods];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < periods; t++) {
                out[i][t] = x[i][t] - rowMean[i] - columnMean[t] + grand;
            }
        }
        return out;
    }
}
