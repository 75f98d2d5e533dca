package io.terrain.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.terrain.indicators.api.Aggregation;
import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.Granularity;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementCsvTest {

    private static final Map<String, KpiSummary> KPIS = Map.of(
            "CSAT", new KpiSummary(1, "CSAT", "Satisfaction", "Satisfaction", "/5", Direction.HIGHER_IS_BETTER,
                    Aggregation.MEAN, 1.0, 5.0, null, Granularity.WEEK, null, 1),
            "CONVERSION", new KpiSummary(2, "CONVERSION", "Transformation", "Conversion", "%", Direction.HIGHER_IS_BETTER,
                    Aggregation.RATIO, 0.0, 100.0, null, Granularity.WEEK, null, 1),
            "NPS", new KpiSummary(3, "NPS", "NPS", "NPS", "pts", Direction.HIGHER_IS_BETTER,
                    Aggregation.NPS, -100.0, 100.0, null, Granularity.MONTH, null, 1));
    private static final Map<String, SitePlacement> SITES = Map.of("S1", new SitePlacement(11, "S1", 5L, 2L, "Urbain", SiteKind.STORE, SiteStatus.ACTIVE));

    private final List<Problem> problems = new ArrayList<>();

    private MeasurementCsv.Parsed parse(String kpi, String period, String... pairs) {
        Map<String, String> values = new HashMap<>();
        values.put("site_code", "S1");
        values.put("kpi_code", kpi);
        values.put("period_start", period);
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return MeasurementCsv.parse(new CsvRow(9, values), KPIS, SITES, problems);
    }

    private String onlyKey() {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(9, problems.get(0).line());
        return problems.get(0).key();
    }

    @Test
    void aMeanKpiTakesItsValueAndTheSitesPlace() {
        MeasurementCsv.Parsed m = parse("CSAT", "2026-11-16", "value", "4,25", "sample_size", "31", "source", "survey");
        assertNotNull(m, problems.toString());
        assertEquals(4.25, m.value(), 1e-12);
        assertEquals(31, m.sampleSize());
        assertEquals(5L, m.sectorId());
        assertEquals(2L, m.regionId());
        assertEquals("Urbain", m.segment());
    }

    @Test
    void aRatioKpiIsComputedFromItsPartsAsAPercentage() {
        MeasurementCsv.Parsed m = parse("CONVERSION", "2026-11-16", "numerator", "30", "denominator", "120");
        assertEquals(25.0, m.value(), 1e-12);
        assertEquals(30.0, m.numerator(), 1e-12);
    }

    @Test
    void anNpsIsComputedFromTheCounts() {
        MeasurementCsv.Parsed m = parse("NPS", "2026-11-01", "promoters", "50", "passives", "30", "detractors", "20");
        assertEquals(30.0, m.value(), 1e-12);
    }

    @Test
    void eachBadRowIsNamed() {
        assertNull(parse("CSAT", "2026-11-17", "value", "4"));
        assertEquals("measurement.period.aligned", onlyKey());
        problems.clear();
        assertNull(parse("CSAT", "2026-11-16", "value", "5.5"));
        assertEquals("measurement.value.range", onlyKey());
        problems.clear();
        assertNull(parse("CSAT", "2026-11-16"));
        assertEquals("measurement.value.missing", onlyKey());
        problems.clear();
        assertNull(parse("CONVERSION", "2026-11-16", "numerator", "3"));
        assertEquals("measurement.ratio.missing", onlyKey());
        problems.clear();
        assertNull(parse("CONVERSION", "2026-11-16", "numerator", "3", "denominator", "0"));
        assertEquals("measurement.ratio.invalid", onlyKey());
        problems.clear();
        assertNull(parse("NPS", "2026-11-01", "promoters", "0", "passives", "0", "detractors", "0"));
        assertEquals("measurement.nps.empty", onlyKey());
        problems.clear();
        assertNull(parse("NPS", "2026-11-01", "promoters", "-1", "passives", "0", "detractors", "0"));
        assertEquals("csv.value.count", onlyKey());
        problems.clear();
        assertNull(parse("CSAT", "16/11/2026", "value", "4"));
        assertEquals("csv.value.date", onlyKey());
        problems.clear();
        assertNull(parse("CSAT", "2026-11-16", "value", "NaN"));
        assertEquals("csv.value.number", onlyKey());
    }

    @Test
    void anUnknownSiteAndKpiAreBothNamed() {
        Map<String, String> values = new HashMap<>(Map.of("site_code", "NOPE", "kpi_code", "WHAT", "period_start", "2026-11-16"));
        assertNull(MeasurementCsv.parse(new CsvRow(4, values), KPIS, SITES, problems));
        assertEquals(List.of("measurement.site.unknown", "measurement.kpi.unknown"), problems.stream().map(Problem::key).toList());
    }
}
