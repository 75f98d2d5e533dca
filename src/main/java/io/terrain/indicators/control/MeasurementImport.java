package io.terrain.indicators.control;

import io.terrain.indicators.api.ImportMode;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.MeasurementImportReport;
import io.terrain.indicators.control.MeasurementCsv.Parsed;
import io.terrain.indicators.entity.Kpi;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.api.Progress;
import io.terrain.platform.csv.CsvRow;
import io.terrain.platform.csv.CsvUpload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Streams a measurements CSV once: each row is checked and, while the mode allows, written in
 * JDBC batches, the roll-ups following (see {@link MeasurementWriter.Batch}). Memory stays flat
 * whatever the file's size. In ALL_OR_NOTHING mode the caller rolls the transaction back when a
 * row was rejected (the report says {@code applied=false}).
 */
@ApplicationScoped
public class MeasurementImport {

    private static final Logger LOG = Logger.getLogger(MeasurementImport.class.getName());

    @Inject
    KpiStore kpis;

    @Inject
    MeasurementWriter measurements;

    @Inject
    Network network;

    @Inject
    @ConfigProperty(name = "terrain.measurements.max-megabytes", defaultValue = "2048")
    long maxMegabytes;

    public MeasurementImportReport run(Path file, String fileName, ImportMode mode, boolean dryRun, Progress progress) {
        Map<String, KpiSummary> kpiByCode = new HashMap<>();
        kpis.all().stream().map(Kpi::summary).forEach(k -> kpiByCode.put(k.code(), k));
        Map<String, SitePlacement> siteByCode = new HashMap<>();
        network.sitePlacements().forEach(p -> siteByCode.put(p.code(), p));
        long size = sizeOf(file);
        long start = System.nanoTime();

        List<Problem> listed = new ArrayList<>();
        long[] counts = new long[3]; // rows, written, rejected
        Set<Long> kpisWritten = new HashSet<>();
        List<Problem> rowProblems = new ArrayList<>();
        // Rows with the wrong number of fields never reach the row handler: the reader reports them here.
        List<Problem> shapeProblems = new ArrayList<>();
        try (MeasurementWriter.Batch writer = dryRun ? null : measurements.open()) {
            Consumer<CsvRow> handle = row -> {
                rejectEach(shapeProblems, listed, counts);
                counts[0]++;
                rowProblems.clear();
                Parsed parsed = MeasurementCsv.parse(row, kpiByCode, siteByCode, rowProblems);
                if (parsed == null) {
                    reject(rowProblems, listed, counts);
                    return;
                }
                boolean write = writer != null && (mode == ImportMode.VALID_ROWS || counts[2] == 0);
                if (write) {
                    try {
                        writer.add(parsed);
                    } catch (SQLException e) {
                        throw new IllegalStateException("Writing measurements failed: " + e.getMessage(), e);
                    }
                    counts[1]++;
                    kpisWritten.add(parsed.kpiId());
                }
            };
            if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
                if (size > maxMegabytes * 1024 * 1024) {
                    throw new InvalidInput(Problem.atLine(0, null, "csv.tooLarge", maxMegabytes));
                }
                MeasurementJson.read(file, handle, shapeProblems);
            } else {
                new CsvUpload(MeasurementCsv.REQUIRED, MeasurementCsv.OPTIONAL, maxMegabytes * 1024 * 1024).read(file, fileName,
                        bytes -> progress.update("import.phase.reading", (int) (bytes * 90 / size)), handle, shapeProblems);
            }
            rejectEach(shapeProblems, listed, counts);
            boolean applied = !dryRun && (mode == ImportMode.VALID_ROWS || counts[2] == 0);
            long readMillis = (System.nanoTime() - start) / 1_000_000;
            if (applied) {
                progress.update("import.phase.rollups", 90);
                writer.finish();
                long total = (System.nanoTime() - start) / 1_000_000;
                LOG.info(() -> "Measurements " + fileName + ": " + counts[1] + " rows in " + total + " ms; reading and checking "
                        + readMillis + " ms, then " + writer.timings());
            }
            progress.update("import.phase.done", 100);
            List<String> kpiCodes = !applied ? List.of() : kpiByCode.values().stream()
                    .filter(k -> kpisWritten.contains(k.id())).map(KpiSummary::code).sorted().toList();
            return new MeasurementImportReport(mode, dryRun, counts[0], applied ? counts[1] : 0, counts[2], listed, applied, kpiCodes);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing measurements failed: " + e.getMessage(), e);
        }
    }

    /** Each problem is a whole row the reader could not split into fields. */
    private static void rejectEach(List<Problem> shapeProblems, List<Problem> listed, long[] counts) {
        for (Problem p : shapeProblems) {
            counts[0]++;
            reject(new ArrayList<>(List.of(p)), listed, counts);
        }
        shapeProblems.clear();
    }

    private static void reject(List<Problem> rowProblems, List<Problem> listed, long[] counts) {
        counts[2]++;
        for (Problem p : rowProblems) {
            if (listed.size() < MeasurementImportReport.MAX_LISTED) {
                listed.add(p);
            }
        }
        rowProblems.clear();
    }

    private static long sizeOf(Path file) {
        try {
            return Math.max(1, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
