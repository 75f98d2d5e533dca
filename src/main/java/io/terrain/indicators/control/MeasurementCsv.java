package io.terrain.indicators.control;

import io.terrain.indicators.api.KpiSummary;
import io.terrain.network.api.SitePlacement;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measurements CSV, and how one row becomes a measurement of a known KPI at a known site.
 * A row gives either the value (mean and percentage KPIs) or the parts it is computed from:
 * numerator and denominator (ratio KPIs), promoter, passive and detractor counts (NPS KPIs).
 */
public final class MeasurementCsv {

    public static final Set<String> REQUIRED = Set.of("site_code", "kpi_code", "period_start");
    public static final Set<String> OPTIONAL = Set.of("value", "numerator", "denominator", "promoters", "passives",
            "detractors", "sample_size", "source");
    public static final List<String> COLUMNS = List.of("site_code", "kpi_code", "period_start", "value", "numerator",
            "denominator", "promoters", "passives", "detractors", "sample_size", "source");

    /** A checked row; the site's placement is copied in for roll-ups. */
    public record Parsed(long kpiId, long siteId, LocalDate periodStart, double value, Double numerator, Double denominator,
                         Integer promoters, Integer passives, Integer detractors, Integer sampleSize, String source,
                         Long sectorId, Long regionId, String segment) {
    }

    private MeasurementCsv() {
    }

    /** The row as a measurement, or null when it has problems (each added to {@code problems}). */
    public static Parsed parse(CsvRow row, Map<String, KpiSummary> kpis, Map<String, SitePlacement> sites, List<Problem> problems) {
        int before = problems.size();
        int line = row.line();
        SitePlacement site = row.get("site_code") == null ? null : sites.get(row.get("site_code"));
        if (row.get("site_code") == null) {
            problems.add(Problem.atLine(line, "site_code", "field.required"));
        } else if (site == null) {
            problems.add(Problem.atLine(line, "site_code", "measurement.site.unknown", row.get("site_code")));
        }
        KpiSummary kpi = row.get("kpi_code") == null ? null : kpis.get(row.get("kpi_code"));
        if (row.get("kpi_code") == null) {
            problems.add(Problem.atLine(line, "kpi_code", "field.required"));
        } else if (kpi == null) {
            problems.add(Problem.atLine(line, "kpi_code", "measurement.kpi.unknown", row.get("kpi_code")));
        }
        LocalDate period = date(row, problems);
        if (kpi == null || period == null) {
            return null;
        }
        if (!kpi.granularity().isAligned(period)) {
            problems.add(Problem.atLine(line, "period_start", "measurement.period.aligned", period, kpi.granularity()));
        }
        Double value = number(row, "value", problems);
        Double numerator = number(row, "numerator", problems);
        Double denominator = number(row, "denominator", problems);
        Integer promoters = count(row, "promoters", problems);
        Integer passives = count(row, "passives", problems);
        Integer detractors = count(row, "detractors", problems);
        Integer sampleSize = count(row, "sample_size", problems);
        if (problems.size() > before) {
            return null;
        }
        switch (kpi.aggregation()) {
            case MEAN, PERCENT -> {
                if (value == null) {
                    problems.add(Problem.atLine(line, "value", "measurement.value.missing", kpi.code()));
                }
            }
            case RATIO -> {
                if (numerator == null || denominator == null) {
                    problems.add(Problem.atLine(line, numerator == null ? "numerator" : "denominator", "measurement.ratio.missing", kpi.code()));
                } else if (denominator <= 0 || numerator < 0) {
                    problems.add(Problem.atLine(line, "denominator", "measurement.ratio.invalid", numerator, denominator));
                } else {
                    value = Sums.ratio(numerator, denominator, kpi.unit());
                }
            }
            case NPS -> {
                if (promoters == null || passives == null || detractors == null) {
                    problems.add(Problem.atLine(line, "promoters", "measurement.nps.missing", kpi.code()));
                } else if (promoters + passives + detractors == 0) {
                    problems.add(Problem.atLine(line, "promoters", "measurement.nps.empty"));
                } else {
                    value = Sums.nps((long) promoters, (long) passives, (long) detractors);
                }
            }
        }
        if (problems.size() > before || site == null) {
            return null;
        }
        if ((kpi.minValue() != null && value < kpi.minValue()) || (kpi.maxValue() != null && value > kpi.maxValue())) {
            problems.add(Problem.atLine(line, "value", "measurement.value.range", value, kpi.code(),
                    kpi.minValue() == null ? "-∞" : kpi.minValue(), kpi.maxValue() == null ? "∞" : kpi.maxValue()));
            return null;
        }
        String source = row.get("source");
        if (source != null && source.length() > 64) {
            problems.add(Problem.atLine(line, "source", "field.tooLong", 64));
            return null;
        }
        return new Parsed(kpi.id(), site.siteId(), period, value, numerator, denominator, promoters, passives, detractors,
                sampleSize, source, site.sectorId(), site.regionId(), site.segment());
    }

    private static LocalDate date(CsvRow row, List<Problem> problems) {
        String text = row.get("period_start");
        if (text == null) {
            problems.add(Problem.atLine(row.line(), "period_start", "field.required"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.atLine(row.line(), "period_start", "csv.value.date", text));
            return null;
        }
    }

    private static Double number(CsvRow row, String column, List<Problem> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.replace(',', '.'));
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(Problem.atLine(row.line(), column, "csv.value.number", text));
            return null;
        }
    }

    private static Integer count(CsvRow row, String column, List<Problem> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(Problem.atLine(row.line(), column, "csv.value.count", text));
            return null;
        }
    }
}
