package io.terrain.diagnostics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.terrain.diagnostics.api.FrictionSummary.Frequency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrictionFrequencyTest {

    @Test
    void sharesOfObservationsAndSitesCountOnlyTheFrictionsStep() {
        // Four observations at the step: two at site 1, one at site 2, one at site 3.
        Map<Long, Long> atStep = Map.of(100L, 1L, 101L, 1L, 102L, 2L, 103L, 3L);
        // Linked to 100 and 102, and to 999 which was made at another step.
        Frequency f = FrictionFrequency.of(atStep, List.of(100L, 102L, 999L));
        assertEquals(new Frequency(2, 4, 2, 3), f);
        assertEquals(0.5, f.observationShare());
        assertEquals(2.0 / 3, f.siteShare(), 1e-12);
        assertEquals(1.5, FrictionFrequency.score(3, f), 1e-12);
    }

    @Test
    void aStepNobodyObservedHasNoFrequency() {
        Frequency f = FrictionFrequency.of(Map.of(), List.of(1L));
        assertEquals(0, f.observationShare());
        assertEquals(0, f.siteShare());
        assertEquals(0, FrictionFrequency.score(4, f));
    }
}
