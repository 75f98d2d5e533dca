package io.terrain.waves.boundary;

import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.Coaches;
import io.terrain.indicators.api.ImportMode;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.MeasurementImportReport;
import io.terrain.indicators.api.SeriesPoint;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SitePlacement;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.Pilots;
import io.terrain.platform.api.Progress;
import io.terrain.platform.persistence.DemoDataWanted;
import io.terrain.platform.security.SystemTask;
import io.terrain.waves.api.ChecklistChange;
import io.terrain.waves.api.ChecklistEntry;
import io.terrain.waves.api.ChecklistStatus;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.RolloutFilter;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.SiteRollout;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.PlanSummary;
import io.terrain.waves.api.ScheduleImportReport;
import io.terrain.waves.api.WaveDraft;
import io.terrain.waves.api.WaveStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo package rolled out over the 240 demo sites: three waves of two regions each, wave 1 live
 * for ten weeks with most of its sites adopted (their wait times after adoption 1.5 minutes lower,
 * so that the impact tab shows something true — but at one adopted site in twenty the ritual did not
 * take and waits rose, for the dashboard's alert), wave 2 preparing, wave 3 planned. Made through the
 * facades and imports, as a programme would.
 */
@ApplicationScoped
public class DemoWaves {

    private static final Logger LOG = Logger.getLogger(DemoWaves.class.getName());
    /** The package's effect on wait time in the demo, in minutes (lower is better). */
    static final double DEMO_EFFECT_MINUTES = -1.5;

    /** At one adopted site in twenty (the 8th, 28th…): the team changed, the ritual did not take, waits rose. */
    static final double DEMO_SETBACK_MINUTES = 3.5;

    @Inject
    PlansFacade plans;

    @Inject
    PlanWavesFacade planWaves;

    @Inject
    ScheduleFacade schedule;

    @Inject
    RolloutsFacade rollouts;

    @Inject
    ChecklistsFacade checklists;

    @Inject
    Pilots pilots;

    @Inject
    Network network;

    @Inject
    Coaches coaches;

    @Inject
    Indicators indicators;

    @Inject
    DemoLineManagement lineManagement;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) DemoDataWanted event) {
        SystemTask.call(() -> {
            if (plans.plans().isEmpty()) {
                try {
                    create();
                } catch (RuntimeException | IOException e) {
                    // Demo data is a convenience: the application starts without it.
                    LOG.log(Level.WARNING, "The demo rollout could not be made: " + e.getMessage(), e);
                }
            }
            return null;
        });
    }

    private void create() throws IOException {
        PackageSummary pkg = pilots.publishedPackages().stream().findFirst().orElse(null);
        List<OrgUnitSummary> regions = network.orgUnits().stream().filter(u -> u.level() == OrgLevel.REGION).toList();
        if (pkg == null || regions.size() < 6) {
            return;
        }
        PlanSummary plan = plans.create(new PlanDraft("Déploiement national — accueil et rituel", pkg.id(), List.of(), null, null, null));
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate[] goLive = {monday.minusWeeks(10), monday.plusWeeks(4), monday.plusWeeks(16)};
        WaveStatus[] status = {WaveStatus.LIVE, WaveStatus.PREPARING, WaveStatus.PLANNED};
        List<CoachSummary> roster = coaches.coaches();
        for (int w = 0; w < 3; w++) {
            List<Long> waveRegions = List.of(regions.get(2 * w).id(), regions.get(2 * w + 1).id());
            List<WaveDraft.WaveCoach> waveCoaches = roster.stream()
                    .filter(c -> c.homeRegionId() != null && waveRegions.contains(c.homeRegionId()))
                    .map(c -> new WaveDraft.WaveCoach(c.id(), BigDecimal.valueOf(1.5))).toList();
            planWaves.addWave(plan.id(), new WaveDraft("V" + (w + 1), "Vague " + (w + 1) + " — " + regions.get(2 * w).name() + ", "
                    + regions.get(2 * w + 1).name(), goLive[w].minusWeeks(4), goLive[w], status[w], waveCoaches));
        }
        plan = plans.plan(plan.id());
        plans.update(plan.id(), plan.version(), new PlanDraft(plan.name(), plan.packageId(), plan.orgUnitIds(), plan.siteKind(),
                plan.segment(), plan.kpis()), PlanStatus.ACTIVE);

        // The schedule: each region pair in its wave; in wave 1, three sites in four adopted, a week apart.
        StringBuilder csv = new StringBuilder("site_code,wave_code,planned_go_live,adopted_on\n");
        List<SitePlacement> adopted = new ArrayList<>();
        List<LocalDate> adoptedOn = new ArrayList<>();
        int index = 0;
        for (SitePlacement site : network.sitePlacements()) {
            int region = regions.stream().map(OrgUnitSummary::id).toList().indexOf(site.regionId());
            if (region < 0) {
                continue;
            }
            int wave = region / 2;
            LocalDate adoption = wave == 0 && index % 4 != 3 ? goLive[0].plusWeeks(index % 4) : null;
            csv.append(site.code()).append(",V").append(wave + 1).append(',').append(goLive[wave]).append(',')
                    .append(adoption == null ? "" : adoption.toString()).append('\n');
            if (adoption != null) {
                adopted.add(site);
                adoptedOn.add(adoption);
            }
            if (wave == 0) {
                index++;
            }
        }
        Path file = Files.createTempFile("terrain-demo-schedule-", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            ScheduleImportReport report = schedule.importSchedule(plan.id(), file, "demo-schedule.csv", false);
            if (!report.applied()) {
                LOG.warning(() -> "The demo schedule was refused: " + report.problems());
                return;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        applyDemoEffect(adopted, adoptedOn, monday);
        startRemainingSites(plan.id());
        lineManagement.seed(plan.id(), regions, monday);
    }

    /** Wave 1's sites not adopted yet are half-way: their first step done, the second in progress. */
    private void startRemainingSites(long planId) {
        long firstWave = plans.waves(planId).get(0).id();
        for (SiteRollout site : rollouts.sites(planId, new RolloutFilter(firstWave, false, RolloutStatus.NOT_STARTED, null, null, null,
                null), 0, RolloutsFacade.MAX_PAGE).items()) {
            List<ChecklistEntry> items = checklists.site(site.siteId(), planId).checklist();
            if (items.size() < 2) {
                return;
            }
            checklists.change(site.siteId(), items.get(0).id(), items.get(0).version(), new ChecklistChange(ChecklistStatus.DONE,
                    "Planning des hôtes affiché en salle de pause", null, null));
            checklists.change(site.siteId(), items.get(1).id(), items.get(1).version(), new ChecklistChange(ChecklistStatus.IN_PROGRESS,
                    null, null, site.siteId() % 3 == 0 ? "Formation en deux demi-journées : le site ouvre six jours sur sept" : null));
        }
    }

    /** Lowers the adopted sites' wait times from their adoption week on, through the measurements import. */
    private void applyDemoEffect(List<SitePlacement> sites, List<LocalDate> adoptedOn, LocalDate monday) throws IOException {
        StringBuilder csv = new StringBuilder("site_code,kpi_code,period_start,value,source\n");
        for (int i = 0; i < sites.size(); i++) {
            for (SeriesPoint point : indicators.siteSeries("WAIT_TIME", sites.get(i).siteId(), adoptedOn.get(i), monday)) {
                if (point.value() == null) {
                    continue;
                }
                double changed = Math.max(0.5, point.value() + (i % 20 == 7 ? DEMO_SETBACK_MINUTES : DEMO_EFFECT_MINUTES));
                csv.append(sites.get(i).code()).append(",WAIT_TIME,").append(point.periodStart()).append(',')
                        .append(String.format(Locale.ROOT, "%.2f", changed)).append(",demo\n");
            }
        }
        Path file = Files.createTempFile("terrain-demo-effect-", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            MeasurementImportReport report = indicators.importMeasurements(file, "demo-effect.csv", ImportMode.ALL_OR_NOTHING, false,
                    new Progress());
            if (!report.applied()) {
                LOG.warning(() -> "The demo effect was refused: " + Objects.toString(report.problems()));
            }
        } catch (UncheckedIOException e) {
            LOG.log(Level.WARNING, "The demo effect could not be written", e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
