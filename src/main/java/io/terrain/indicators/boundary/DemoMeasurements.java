package io.terrain.indicators.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.indicators.api.Aggregation;
import io.terrain.indicators.api.Granularity;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.control.KpiStore;
import io.terrain.indicators.control.MeasurementCsv.Parsed;
import io.terrain.indicators.control.MeasurementStore;
import io.terrain.indicators.control.MeasurementWriter;
import io.terrain.indicators.control.Sums;
import io.terrain.indicators.entity.Kpi;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.persistence.DemoDataWanted;
import io.terrain.platform.security.SystemTask;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;

/**
 * Gives the demo network a year of weekly measurements of four KPIs (wait time, conversion, CSAT,
 * NPS), so charts and roll-ups have something to show. Runs once, after the demo network exists.
 */
@ApplicationScoped
public class DemoMeasurements {

    private static final List<String> KPIS = List.of("WAIT_TIME", "CONVERSION", "CSAT", "NPS");
    private static final int WEEKS = 52;

    @Inject
    KpiStore kpis;

    @Inject
    MeasurementStore measurements;

    @Inject
    MeasurementWriter measurementWriter;

    @Inject
    Network network;

    @Inject
    AuditTrail audit;

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) DemoDataWanted event) throws SQLException {
        if (measurements.count() > 0) {
            return;
        }
        List<SitePlacement> sites = SystemTask.call(network::sitePlacements);
        Random random = new Random(7);
        LocalDate lastMonday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        int written = 0;
        try (MeasurementWriter.Batch writer = measurementWriter.open()) {
            for (String code : KPIS) {
                KpiSummary kpi = kpis.byCode(code).map(Kpi::summary).orElseThrow();
                for (SitePlacement site : sites) {
                    double level = random.nextGaussian();
                    for (int w = WEEKS - 1; w >= 0; w--) {
                        LocalDate week = lastMonday.minusWeeks(w);
                        if (kpi.granularity() != Granularity.WEEK || random.nextInt(20) == 0) {
                            continue; // a few weeks are never reported, as in real life
                        }
                        writer.add(measurement(kpi, site, week, level, WEEKS - w, random));
                        written++;
                    }
                }
            }
            writer.finish();
        }
        audit.record("Measurement", null, "IMPORT", AuditDetail.of("audit.detail.demoMeasurements", written));
    }

    /** Plausible values with a site level, a slow improvement over the year and noise. */
    private static Parsed measurement(KpiSummary kpi, SitePlacement site, LocalDate week, double level, int weekIndex, Random r) {
        double trend = weekIndex / (double) WEEKS;
        Double numerator = null;
        Double denominator = null;
        Integer promoters = null;
        Integer passives = null;
        Integer detractors = null;
        double value;
        if (kpi.aggregation() == Aggregation.RATIO) {
            denominator = (double) (150 + r.nextInt(250));
            numerator = (double) Math.round(denominator * Math.max(0.02, 0.22 + 0.03 * level + 0.04 * trend + 0.03 * r.nextGaussian()));
            value = Sums.ratio(numerator, denominator, kpi.unit());
        } else if (kpi.aggregation() == Aggregation.NPS) {
            int answers = 20 + r.nextInt(40);
            double promoterShare = Math.min(0.9, Math.max(0.05, 0.4 + 0.08 * level + 0.1 * trend + 0.08 * r.nextGaussian()));
            promoters = (int) Math.round(answers * promoterShare);
            detractors = (int) Math.round((answers - promoters) * Math.max(0.05, 0.45 - 0.1 * trend + 0.1 * r.nextGaussian()));
            passives = answers - promoters - detractors;
            value = Sums.nps((long) promoters, (long) passives, (long) detractors);
        } else if ("WAIT_TIME".equals(kpi.code())) {
            value = Math.max(0.5, 9 + 2.5 * level - 3 * trend + 1.5 * r.nextGaussian());
        } else {
            value = Math.min(5, Math.max(1, 3.8 + 0.3 * level + 0.3 * trend + 0.25 * r.nextGaussian()));
        }
        return new Parsed(kpi.id(), site.siteId(), week, Math.round(value * 100) / 100.0, numerator, denominator,
                promoters, passives, detractors, null, "demo", site.sectorId(), site.regionId(), site.segment());
    }
}
