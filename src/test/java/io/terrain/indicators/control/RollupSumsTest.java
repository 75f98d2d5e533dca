package io.terrain.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.terrain.indicators.control.MeasurementCsv.Parsed;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RollupSumsTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);

    private static Parsed mean(long site, double value, Long sector, Long region, String segment) {
        return new Parsed(1, site, WEEK, value, null, null, null, null, null, null, null, sector, region, segment);
    }

    @Test
    void sumsPerScopeFollowSqlRulesForMissingParts() {
        RollupSums sums = new RollupSums();
        sums.add(mean(1, 4.0, 10L, 100L, "Urbain"));
        sums.add(mean(2, 2.0, 11L, 100L, null));
        sums.add(new Parsed(1, 3, WEEK, 25.0, 30.0, 120.0, null, null, null, null, null, null, null, null));
        Map<String, RollupSums.Sum> byScope = sums.entries().stream()
                .collect(Collectors.toMap(e -> e.getKey().scope() + ":" + e.getKey().scopeKey(), Map.Entry::getValue));
        assertEquals(3, byScope.get("NETWORK:ALL").sites);
        assertEquals(31.0, byScope.get("NETWORK:ALL").valueSum, 1e-12);
        assertEquals(30.0, byScope.get("NETWORK:ALL").numeratorSum, 1e-12);
        assertEquals(2, byScope.get("REGION:100").sites);
        assertNull(byScope.get("REGION:100").numeratorSum, "a SUM over NULLs only is NULL");
        assertNull(byScope.get("REGION:100").promoters);
        assertEquals(1, byScope.get("SECTOR:10").sites);
        assertEquals(1, byScope.get("SEGMENT:Urbain").sites);
        assertEquals(5, byScope.size());
    }
}
