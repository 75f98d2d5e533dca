package io.terrain.dashboards.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.dashboards.api.ExecutiveDashboard.PlanRef;
import io.terrain.dashboards.api.MonthlyFigures;
import io.terrain.dashboards.api.MonthlyFigures.ImpactRow;
import io.terrain.dashboards.api.MonthlyFigures.KpiRow;
import io.terrain.dashboards.api.MonthlyFigures.PlanRow;
import io.terrain.dashboards.api.MonthlyReportSummary;
import io.terrain.dashboards.control.MonthlyReportWriter;
import io.terrain.dashboards.control.ReportStore;
import io.terrain.dashboards.entity.MonthlyReport;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.SeriesPoint;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.PlanSummary;
import io.terrain.waves.api.RolloutOverview;
import io.terrain.waves.api.RolloutPlace;
import io.terrain.waves.api.RolloutProgress;
import io.terrain.waves.api.Waves;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly direction report: generated on demand or by the schedule (once per month across instances), kept in an
 * archive as PDF and Excel. Read from the roll-ups, the waves' counts and stored impacts, and this module's feedback.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class MonthlyReportsFacade {

    static final Set<String> LANGUAGES = Set.of("fr", "en");

    @Inject
    ReportStore store;

    @Inject
    Indicators indicators;

    @Inject
    Network network;

    @Inject
    Waves waves;

    @Inject
    RolloutProgress rollout;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    public List<MonthlyReportSummary> reports() {
        return store.reports();
    }

    /** A month's report now, in French or English; a month not yet begun is refused. */
    public MonthlyReportSummary generate(YearMonth month, String language) {
        String lang = language == null || language.isBlank() ? "fr" : language.strip();
        if (month == null) {
            throw new InvalidInput(Problem.of("month", "field.required"));
        }
        if (month.isAfter(YearMonth.now())) {
            throw new InvalidInput(Problem.of("month", "monthlyReport.month.future", month));
        }
        if (!LANGUAGES.contains(lang)) {
            throw new InvalidInput(Problem.of("language", "monthlyReport.language", lang));
        }
        return write(month, lang, false);
    }

    /** The schedule's report of a month, unless an instance made it already (then empty). By hand: administrators only. */
    @RequiresRole(Role.ADMIN)
    public Optional<MonthlyReportSummary> generateScheduled(YearMonth month) {
        if (month == null) {
            throw new InvalidInput(Problem.of("month", "field.required"));
        }
        if (month.isAfter(YearMonth.now())) {
            throw new InvalidInput(Problem.of("month", "monthlyReport.month.future", month));
        }
        if (store.scheduledExists(month.atDay(1))) {
            return Optional.empty();
        }
        return Optional.of(write(month, "fr", true));
    }

    private MonthlyReportSummary write(YearMonth month, String language, boolean scheduled) {
        MonthlyReportWriter writer = new MonthlyReportWriter(figures(month), Locale.forLanguageTag(language));
        MonthlyReport report = new MonthlyReport(month.atDay(1), scheduled, language, LocalDateTime.now(), currentUser.username(),
                writer.pdf(), writer.xlsx());
        store.add(report);
        audit.record("MonthlyReport", report.getId(), "GENERATE", AuditDetail.of(scheduled ? "audit.detail.reportScheduled" : "audit.detail.report", month, language));
        return store.summary(report.getId()).orElseThrow();
    }

    public byte[] pdf(long id) {
        return store.report(id).orElseThrow(() -> new NotFound("MonthlyReport", id)).getPdf();
    }

    public byte[] xlsx(long id) {
        return store.report(id).orElseThrow(() -> new NotFound("MonthlyReport", id)).getXlsx();
    }

    /** A KPI's value over a month: the mean of its periods' values in the month, as the roll-ups give them. */
    MonthlyFigures figures(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<OrgUnitSummary> regions = network.orgUnits().stream().filter(u -> u.level() == OrgLevel.REGION)
                .sorted(Comparator.comparing(OrgUnitSummary::name)).toList();
        List<KpiRow> kpis = new ArrayList<>();
        for (KpiSummary kpi : indicators.kpis()) {
            Double value = mean(indicators.series(kpi.code(), "NETWORK", "ALL", from, to));
            if (value == null) {
                continue;
            }
            Map<String, Double> byRegion = new HashMap<>();
            for (OrgUnitSummary region : regions) {
                Double regional = mean(indicators.series(kpi.code(), "REGION", String.valueOf(region.id()), from, to));
                if (regional != null) {
                    byRegion.put(region.name(), regional);
                }
            }
            kpis.add(new KpiRow(kpi.code(), kpi.nameFr(), kpi.nameEn(), kpi.unit(), value, byRegion));
        }
        List<PlanRow> plans = new ArrayList<>();
        for (PlanSummary plan : waves.plans()) {
            if (plan.status() != PlanStatus.ACTIVE) {
                continue;
            }
            RolloutOverview overview = rollout.overview(plan.id(), RolloutPlace.EVERYWHERE, LocalDate.now());
            List<ImpactRow> impacts = plan.kpis().stream().filter(PlanDraft.PlanKpi::primary)
                    .map(k -> rollout.storedImpact(plan.id(), k.kpiCode())
                            .map(i -> new ImpactRow(k.kpiCode(), i.overall(), i.verdict())).orElse(new ImpactRow(k.kpiCode(), null, null)))
                    .toList();
            plans.add(new PlanRow(new PlanRef(plan.id(), plan.name(), plan.status()), overview.counts().total(), overview.counts().adopted(),
                    impacts));
        }
        return new MonthlyFigures(from, kpis, regions.stream().map(OrgUnitSummary::name).toList(), store.channels(from, to), plans,
                store.categories(from));
    }

    private static Double mean(List<SeriesPoint> points) {
        return points.stream().filter(p -> p.value() != null).mapToDouble(SeriesPoint::value).average().stream().boxed().findFirst()
                .orElse(null);
    }
}
