package io.terrain.indicators.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.indicators.api.ImpactQuery;
import io.terrain.indicators.api.ImpactResult;
import io.terrain.indicators.api.ImportMode;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiDraft;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.Measurement;
import io.terrain.indicators.api.MeasurementImportReport;
import io.terrain.indicators.api.MeasurementsChanged;
import io.terrain.indicators.api.SeriesPoint;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.indicators.api.StaggeredQuery;
import io.terrain.indicators.control.ImpactCalculator;
import io.terrain.indicators.control.KpiRules;
import io.terrain.indicators.control.KpiStore;
import io.terrain.indicators.control.MeasurementCsv;
import io.terrain.indicators.control.MeasurementImport;
import io.terrain.indicators.control.MeasurementStore;
import io.terrain.indicators.control.StaggeredAnalysis;
import io.terrain.indicators.control.Sums;
import io.terrain.indicators.entity.Kpi;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Page;
import io.terrain.platform.api.Problem;
import io.terrain.platform.api.Progress;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The indicators' transaction boundary: everyone who follows the programme reads; managers write. */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class IndicatorsFacade implements Indicators {

    /** Rows a measurements page may hold. */
    public static final int MAX_PAGE = 1_000;


    @Inject
    KpiStore kpis;

    @Inject
    MeasurementStore measurements;

    @Inject
    MeasurementImport measurementImport;

    @Inject
    StaggeredAnalysis staggered;

    /** Observed after commit by modules that store results computed from measurements (waves' impact). */
    @Inject
    Event<MeasurementsChanged> measurementsChanged;

    @Inject
    AuditTrail audit;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH, Role.LINE_MANAGER}) // the catalogue is no secret; coaches name KPIs in findings
    public List<KpiSummary> kpis() {
        return kpis.all().stream().map(Kpi::summary).toList();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public KpiSummary createKpi(KpiDraft draft) {
        List<Problem> problems = new ArrayList<>(KpiRules.check(draft));
        if (draft.code() != null && kpis.byCode(draft.code()).isPresent()) {
            problems.add(Problem.of("code", "kpi.code.taken", draft.code()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Kpi kpi = new Kpi(draft.code());
        kpi.apply(draft);
        kpis.add(kpi);
        kpis.flush();
        audit.record("Kpi", kpi.getId(), "CREATE", draft.code());
        return kpi.summary();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public KpiSummary updateKpi(long id, long expectedVersion, KpiDraft draft) {
        Kpi kpi = kpis.byId(id).orElseThrow(() -> new NotFound("Kpi", id));
        if (kpi.getVersion() != expectedVersion) {
            throw new EditConflict("Kpi", id);
        }
        KpiSummary current = kpi.summary();
        List<Problem> problems = KpiRules.check(new KpiDraft(current.code(), draft.nameFr(), draft.nameEn(), draft.unit(),
                draft.direction(), draft.aggregation(), draft.minValue(), draft.maxValue(), draft.target(), draft.granularity(), draft.description()));
        if (draft.aggregation() != null && draft.aggregation() != current.aggregation()) {
            problems = new ArrayList<>(problems);
            problems.add(Problem.of("aggregation", "kpi.aggregation.fixed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        kpi.apply(draft);
        try {
            kpis.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("Kpi", id);
        }
        audit.record("Kpi", id, "UPDATE");
        return kpi.summary();
    }

    /**
     * Imports a measurements CSV. In ALL_OR_NOTHING mode a file with a rejected row leaves the
     * database as it was: the transaction is rolled back, and the report lists the rows.
     */
    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public MeasurementImportReport importMeasurements(Path file, String fileName, ImportMode mode, boolean dryRun, Progress progress) {
        MeasurementImportReport report = measurementImport.run(file, fileName, mode, dryRun, progress);
        if (!report.applied()) {
            transaction.setRollbackOnly();
        } else {
            audit.record("Measurement", null, "IMPORT", AuditDetail.of("audit.detail.measurementImport", fileName, report.written(),
                    report.rejectedRows(), AuditDetail.term("measurements.mode." + mode)));
            if (!report.kpiCodes().isEmpty()) {
                measurementsChanged.fire(new MeasurementsChanged(Set.copyOf(report.kpiCodes())));
            }
        }
        return report;
    }

    /** The columns a measurements file may have, in template order, and an example row under them. */
    public List<List<String>> measurementTemplate() {
        LocalDate monday = LocalDate.now().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return List.of(MeasurementCsv.COLUMNS, List.of("S0001", "CSAT", monday.toString(), "4.2", "", "", "", "", "", "35", "survey"));
    }

    @Override
    public ImpactResult impact(ImpactQuery query) {
        KpiSummary kpi = checkedKpi(query);
        Set<Long> all = new HashSet<>(query.treatedSiteIds());
        all.addAll(query.controlSiteIds());
        try {
            Map<Long, Double> baseline = values(measurements.windowSums(kpi.id(), all,
                    measurements.measuredPeriods(kpi.id(), kpi.granularity(), query.baselineFrom(), query.baselineTo())), kpi);
            Map<Long, Double> measured = values(measurements.windowSums(kpi.id(), all,
                    measurements.measuredPeriods(kpi.id(), kpi.granularity(), query.measuredFrom(), query.measuredTo())), kpi);
            return ImpactCalculator.compute(kpi.code(), kpi.direction(), query.balancedPanel(),
                    query.treatedSiteIds(), query.controlSiteIds(), baseline, measured);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Aggregates only, never a site's figures: a line manager opening a plan's impact may have it computed. */
    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
    public StaggeredImpact staggeredImpact(StaggeredQuery query) {
        KpiSummary kpi = query.kpiCode() == null ? null : kpis.byCode(query.kpiCode()).map(Kpi::summary).orElse(null);
        if (kpi == null) {
            throw new InvalidInput(Problem.of("kpi", "measurement.kpi.unknown", String.valueOf(query.kpiCode())));
        }
        try {
            return staggered.analyse(kpi, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private KpiSummary checkedKpi(ImpactQuery query) {
        List<Problem> problems = new ArrayList<>();
        KpiSummary kpi = query.kpiCode() == null ? null : kpis.byCode(query.kpiCode()).map(Kpi::summary).orElse(null);
        if (kpi == null) {
            problems.add(Problem.of("kpiCode", "measurement.kpi.unknown", String.valueOf(query.kpiCode())));
        }
        if (query.treatedSiteIds() == null || query.treatedSiteIds().isEmpty()) {
            problems.add(Problem.of("treatedSiteIds", "field.required"));
        }
        if (query.controlSiteIds() == null || query.controlSiteIds().isEmpty()) {
            problems.add(Problem.of("controlSiteIds", "field.required"));
        }
        if (problems.isEmpty() && query.treatedSiteIds().stream().anyMatch(query.controlSiteIds()::contains)) {
            problems.add(Problem.of("controlSiteIds", "impact.groups.overlap"));
        }
        window(problems, "baseline", query.baselineFrom(), query.baselineTo());
        window(problems, "measured", query.measuredFrom(), query.measuredTo());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return kpi;
    }

    private static void window(List<Problem> problems, String name, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            problems.add(Problem.of(name + (from == null ? "From" : "To"), "field.required"));
        } else if (from.isAfter(to)) {
            problems.add(Problem.of(name + "To", "impact.window.inverted", from, to));
        }
    }

    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER}) // the caller keeps a line manager to their sites
    public Map<Long, Double> siteValues(String kpiCode, java.util.Collection<Long> siteIds, LocalDate from, LocalDate to) {
        KpiSummary kpi = kpi(kpiCode);
        try {
            return values(measurements.windowSums(kpi.id(), new HashSet<>(siteIds),
                    measurements.measuredPeriods(kpi.id(), kpi.granularity(), from, to)), kpi);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<LocalDate, Map<Long, Double>> siteValuesByWindow(String kpiCode, java.util.Collection<Long> siteIds, LocalDate from,
                                                               LocalDate to, int windowDays) {
        KpiSummary kpi = kpi(kpiCode);
        Map<LocalDate, Map<Long, Double>> byWindow = new java.util.TreeMap<>();
        try {
            measurements.windowSumsBySite(kpi.id(), new HashSet<>(siteIds), measurements.measuredPeriods(kpi.id(), kpi.granularity(),
                    from, to), from, windowDays).forEach((window, sums) -> byWindow.put(window, values(sums, kpi)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return byWindow;
    }

    private static Map<Long, Double> values(Map<Long, Sums> sums, KpiSummary kpi) {
        Map<Long, Double> values = new HashMap<>();
        sums.forEach((site, s) -> {
            Double v = s.value(kpi.aggregation(), kpi.unit());
            if (v != null) {
                values.put(site, v);
            }
        });
        return values;
    }

    @Override
    public List<SeriesPoint> series(String kpiCode, String scope, String key, LocalDate from, LocalDate to) {
        KpiSummary kpi = kpi(kpiCode);
        if (!Set.of("NETWORK", "REGION", "SECTOR", "SEGMENT").contains(scope)) {
            throw new InvalidInput(Problem.of("scope", "rollup.scope.invalid", String.valueOf(scope)));
        }
        try {
            return measurements.rollupSeries(kpi.id(), scope, "NETWORK".equals(scope) ? "ALL" : key, from, to, kpi.aggregation(), kpi.unit());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER}) // the caller keeps a line manager to their sites
    public Map<String, List<SeriesPoint>> siteValuesByKpi(long siteId, LocalDate from, LocalDate to) {
        Map<String, List<SeriesPoint>> values = new LinkedHashMap<>();
        for (KpiSummary kpi : kpis()) {
            List<SeriesPoint> points = siteSeries(kpi.code(), siteId, from, to).stream().filter(p -> p.value() != null).toList();
            if (!points.isEmpty()) {
                values.put(kpi.code(), points);
            }
        }
        return values;
    }

    @Override
    public List<SeriesPoint> siteSeries(String kpiCode, long siteId, LocalDate from, LocalDate to) {
        KpiSummary kpi = kpi(kpiCode);
        try {
            return measurements.siteSeries(kpi.id(), siteId, measurements.measuredPeriods(kpi.id(), kpi.granularity(), from, to),
                    kpi.aggregation(), kpi.unit());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stored measurements of a KPI, a page at a time (at most {@value #MAX_PAGE} rows), for the network or one site. */
    public Page<Measurement> measurements(String kpiCode, Long siteId, LocalDate from, LocalDate to, int offset, int limit) {
        KpiSummary kpi = kpi(kpiCode);
        try {
            // Out-of-range paging is clamped, as for sites: the page says which offset and limit it used.
            return measurements.page(kpi, siteId, measurements.measuredPeriods(kpi.id(), kpi.granularity(), from, to),
                    Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private KpiSummary kpi(String code) {
        return kpis.byCode(code == null ? "" : code).map(Kpi::summary).orElseThrow(() -> new NotFound("Kpi", code));
    }
}
