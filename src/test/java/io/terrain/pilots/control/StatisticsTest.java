package io.terrain.pilots.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void meanAndSampleStandardDeviationByHand() {
        double[] v = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5, Statistics.mean(v), 1e-12);
        // Sum of squared deviations 32 over n - 1 = 7.
        assertEquals(Math.sqrt(32.0 / 7), Statistics.standardDeviation(v), 1e-12);
    }

    @Test
    void standardisedDifferenceByHand() {
        double[] treated = {10, 12, 14};   // mean 12, sd 2
        double[] controls = {9, 10, 11};   // mean 10, sd 1
        assertEquals(2 / Math.sqrt((4 + 1) / 2.0), Statistics.standardisedDifference(treated, controls), 1e-12);
        assertEquals(0, Statistics.standardisedDifference(new double[] {3, 3}, new double[] {3, 3}), 0);
    }

    @Test
    void theMinimumDetectableEffectIs2Point80StandardErrorsAtTheUsualLevels() {
        // sd 2 in both groups, 10 sites each: SE = sqrt(0.4 + 0.4); z = 1.959964 + 0.841621.
        assertEquals((1.959964 + 0.841621) * Math.sqrt(0.8), Statistics.minimumDetectableEffect(2, 10, 2, 10, 0.05, 0.8), 1e-5);
    }

    /** The truth: a true effect equal to the MDE is found about 80 % of the time, and no effect about 5 %. */
    @Test
    void onSimulatedPilotsTheMdeIsDetectedFourTimesInFiveAndANullEffectOnceInTwenty() {
        Random random = new Random(42);
        int sites = 30;
        double sd = 3;
        double mde = Statistics.minimumDetectableEffect(sd, sites, sd, sites, 0.05, 0.8);
        int found = 0;
        int falseAlarms = 0;
        int runs = 4000;
        for (int run = 0; run < runs; run++) {
            double[] t = new double[sites];
            double[] c = new double[sites];
            double[] t0 = new double[sites];
            for (int i = 0; i < sites; i++) {
                double noise = random.nextGaussian() * sd;
                t[i] = mde + noise;
                t0[i] = noise;
                c[i] = random.nextGaussian() * sd;
            }
            double se = Math.sqrt(sd * sd / sites * 2);
            if (Math.abs(Statistics.mean(t) - Statistics.mean(c)) / se > 1.959964) {
                found++;
            }
            if (Math.abs(Statistics.mean(t0) - Statistics.mean(c)) / se > 1.959964) {
                falseAlarms++;
            }
        }
        assertEquals(0.80, (double) found / runs, 0.02);
        assertEquals(0.05, (double) falseAlarms / runs, 0.01);
    }
}
