package io.terrain.waves.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.csv.CsvUpload;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.ScheduleImportReport;
import io.terrain.waves.api.WaveStatus;
import io.terrain.waves.control.ScheduleCsv;
import io.terrain.waves.control.StoredImpacts;
import io.terrain.waves.control.WavePlacement;
import io.terrain.platform.security.CurrentUser;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A plan's schedule in and out: the import of an existing spreadsheet (all or nothing) and the rows of its export. */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
public class ScheduleFacade {

    /** A schedule of 20,000 sites is about 700 KB. */
    static final long MAX_IMPORT_BYTES = 50L * 1024 * 1024;

    @Inject
    WaveStore store;

    @Inject
    Network network;

    @Inject
    StoredImpacts impacts;

    @Inject
    WavePlacement placement;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /**
     * Reads {@code site_code, wave_code, planned_go_live, adopted_on}; writes nothing unless every
     * row is right (and never in a dry run). New wave codes become waves; adoption dates are kept as
     * history. The plan's row is locked so that two imports do not interleave.
     */
    public ScheduleImportReport importSchedule(long planId, Path file, String fileName, boolean dryRun) {
        Plan plan = store.lockedPlan(planId).orElseThrow(() -> new NotFound("RolloutPlan", planId));
        if (plan.getStatus() == PlanStatus.CLOSED) {
            throw new InvalidInput(Problem.atLine(0, null, "waves.plan.closed"));
        }
        Map<Long, Rollout> rollouts = store.rolloutsBySite(planId);
        Map<String, Wave> waves = new HashMap<>();
        store.waves(planId).forEach(w -> waves.put(w.getCode(), w));
        Map<String, LocalDate> existingGoLive = new HashMap<>();
        waves.forEach((code, w) -> existingGoLive.put(code, w.getGoLive()));
        Map<Long, String> codeOfWave = new HashMap<>();
        waves.values().forEach(w -> codeOfWave.put(w.getId(), w.getCode()));
        Set<Long> started = new HashSet<>();
        Map<Long, String> waveOfStarted = new HashMap<>();
        for (Rollout r : rollouts.values()) {
            if (r.getStatus().started()) {
                started.add(r.getSiteId());
                waveOfStarted.put(r.getSiteId(), r.getWaveId() == null ? null : codeOfWave.get(r.getWaveId()));
            }
        }
        Map<String, Long> siteIds = new HashMap<>();
        for (SitePlacement site : network.sitePlacements()) {
            siteIds.put(site.code(), site.siteId());
        }
        ScheduleCsv csv = new ScheduleCsv(new ScheduleCsv.Context(siteIds, rollouts.keySet(), existingGoLive, started, waveOfStarted,
                LocalDate.now()));
        List<Problem> problems = new ArrayList<>();
        List<ScheduleCsv.Row> rows = new ArrayList<>();
        int read = new CsvUpload(ScheduleCsv.REQUIRED, ScheduleCsv.OPTIONAL, MAX_IMPORT_BYTES).read(file, fileName, bytes -> { },
                row -> {
                    ScheduleCsv.Row parsed = csv.parse(row, problems);
                    if (parsed != null) {
                        rows.add(parsed);
                    }
                }, problems);
        long rejected = problems.stream().map(Problem::line).distinct().count();
        long total = read + CsvUpload.malformedRows(problems);
        if (total == 0) {
            problems.add(Problem.atLine(0, null, "csv.empty"));
        }
        List<String> created = new ArrayList<>(new TreeMap<>(csv.newWaves()).keySet());
        long adoptions = rows.stream().filter(r -> r.adoptedOn() != null).count();
        boolean applied = problems.isEmpty() && !dryRun;
        if (applied) {
            LocalDate today = LocalDate.now();
            for (Map.Entry<String, LocalDate> wave : new TreeMap<>(csv.newWaves()).entrySet()) {
                Wave w = new Wave(planId, wave.getKey());
                w.schedule(wave.getValue());
                w.setStatus(statusOn(w, today));
                store.add(w);
                waves.put(w.getCode(), w);
            }
            store.flush();
            List<WavePlacement.Move> moves = new ArrayList<>();
            for (ScheduleCsv.Row row : rows) {
                Rollout rollout = rollouts.get(row.siteId());
                moves.add(new WavePlacement.Move(rollout, row.waveCode() == null ? null : waves.get(row.waveCode()).getId(),
                        rollout.isPinned(), row.adoptedOn()));
            }
            Map<Long, Wave> byId = new HashMap<>();
            waves.values().forEach(w -> byId.put(w.getId(), w));
            placement.apply(moves, byId, placement.steps(plan.getPackageId()), currentUser.username());
            store.flush();
            if (adoptions > 0) {
                impacts.forgetPlan(planId);
            }
            audit.record("RolloutPlan", planId, "IMPORT SCHEDULE", AuditDetail.of("audit.detail.scheduleImport", fileName, rows.size(),
                    created.size(), adoptions));
        }
        return new ScheduleImportReport(total, problems.isEmpty() ? rows.size() : 0, problems.isEmpty() ? adoptions : 0,
                problems.isEmpty() ? created : List.of(), rejected, problems, applied, dryRun);
    }

    /** The columns of a schedule file and an example row under them, for a template. */
    public List<List<String>> template() {
        return List.of(ScheduleCsv.COLUMNS.subList(0, 4), List.of("S0001", "V1", LocalDate.now().plusWeeks(6).toString(), ""));
    }

    /** Where a wave created from a schedule stands today, from its dates. */
    private static WaveStatus statusOn(Wave wave, LocalDate today) {
        if (!wave.getGoLive().isAfter(today)) {
            return WaveStatus.LIVE;
        }
        return wave.getPreparationStart() != null && !wave.getPreparationStart().isAfter(today) ? WaveStatus.PREPARING
                : WaveStatus.PLANNED;
    }
}
