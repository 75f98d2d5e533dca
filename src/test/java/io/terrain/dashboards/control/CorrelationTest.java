package io.terrain.dashboards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CorrelationTest {

    @Test
    void pearsonsRWithFishersInterval() {
        // By hand: r = Sxy / sqrt(Sxx Syy) = 42 / sqrt(1480 * 1.36) over x = 0,20,30,40,50 and y = 3.0,3.5,3.4,4.2,4.4;
        // z = atanh r, se = 1 / sqrt(5 - 3), interval tanh(z -+ 1.96 se).
        Correlation c = Correlation.of(new double[] {0, 20, 30, 40, 50}, new double[] {3.0, 3.5, 3.4, 4.2, 4.4});
        assertEquals(42 / Math.sqrt(1480 * 1.36), c.r(), 1e-12);
        assertEquals(0.9361576240032081, c.r(), 1e-12);
        assertEquals(0.3096135515076668, c.ciLow(), 1e-12);
        assertEquals(0.9958835507726719, c.ciHigh(), 1e-12);
    }

    @Test
    void noCorrelationBelowFourPairsOrWithoutVariation() {
        assertNull(Correlation.of(new double[] {1, 2, 3}, new double[] {2, 4, 7}));
        assertNull(Correlation.of(new double[] {1, 1, 1, 1}, new double[] {2, 4, 7, 8}));
    }
}
