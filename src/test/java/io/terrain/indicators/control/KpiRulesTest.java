package io.terrain.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.indicators.api.Aggregation;
import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.Granularity;
import io.terrain.indicators.api.KpiDraft;
import io.terrain.platform.api.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiRulesTest {

    private static KpiDraft csat(Double min, Double max, Double target) {
        return new KpiDraft("CSAT", "Satisfaction", "Satisfaction", "/5", Direction.HIGHER_IS_BETTER, Aggregation.MEAN,
                min, max, target, Granularity.WEEK, null);
    }

    private static List<String> keys(KpiDraft draft) {
        return KpiRules.check(draft).stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void aTargetInsideTheRangeOrWithoutOneIsAccepted() {
        assertTrue(KpiRules.check(csat(1.0, 5.0, 4.2)).isEmpty());
        assertTrue(KpiRules.check(csat(1.0, 5.0, null)).isEmpty());
        assertTrue(KpiRules.check(csat(null, null, 99.0)).isEmpty());
    }

    @Test
    void aTargetOutsideTheRangeIsNamed() {
        assertEquals(List.of("target:kpi.target.outOfRange"), keys(csat(1.0, 5.0, 6.0)));
        assertEquals(List.of("target:kpi.target.outOfRange"), keys(csat(1.0, null, 0.5)));
    }

    @Test
    void anInvertedRangeAndAMissingNameAreBothReported() {
        KpiDraft draft = new KpiDraft("CSAT", "", "Satisfaction", "/5", Direction.HIGHER_IS_BETTER, Aggregation.MEAN,
                5.0, 1.0, null, Granularity.WEEK, null);
        List<Problem> problems = KpiRules.check(draft);
        assertEquals(List.of("nameFr:field.required", "maxValue:kpi.range.inverted"),
                problems.stream().map(p -> p.field() + ":" + p.key()).toList());
    }
}
