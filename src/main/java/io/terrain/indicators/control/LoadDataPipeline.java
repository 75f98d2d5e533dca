package io.terrain.indicators.control;

import io.terrain.indicators.control.MeasurementCsv.Parsed;
import io.terrain.indicators.control.MeasurementWriter.KpiPeriod;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * New measurements written to tab-separated files in MariaDB's LOAD DATA format, each loaded by
 * one {@code LOAD DATA LOCAL INFILE … REPLACE} inside the import's transaction: the way MariaDB
 * takes rows fastest.
 *
 * <p>The rows are cut into chunks so that MariaDB loads one chunk while the caller reads and
 * checks the next: on two cores, reading no longer adds to the load's time. One chunk loads at a
 * time, in file order (so REPLACE keeps the last of a repeated key), on a worker thread that uses
 * the transaction's own connection while the caller does not touch it; the caller waits for the
 * previous chunk before handing over the next, so at most two chunks exist on disk.
 *
 * <p>It also notices a key repeated within the file (one bit per site and KPI-period).
 */
final class LoadDataPipeline {

    private final Connection connection;
    private final ExecutorService loader;
    private final int chunkRows;
    private final Map<KpiPeriod, BitSet> seen = new HashMap<>();
    private final StringBuilder line = new StringBuilder(160);
    private Path chunk;
    private BufferedWriter out;
    private int rowsInChunk;
    private Path loadingChunk;
    private Future<?> loading;
    /** Time the reading thread spent waiting for MariaDB: what the pipeline did not hide. */
    private long waitedNanos;

    LoadDataPipeline(Connection connection, ExecutorService loader, int chunkRows) {
        this.connection = connection;
        this.loader = loader;
        this.chunkRows = chunkRows;
    }

    /** @return false when this site already has a row for the KPI-period earlier in the file */
    boolean add(Parsed m) throws SQLException {
        boolean first;
        if (m.siteId() <= Integer.MAX_VALUE) {
            BitSet sites = seen.computeIfAbsent(new KpiPeriod(m.kpiId(), m.periodStart()), k -> new BitSet());
            first = !sites.get((int) m.siteId());
            sites.set((int) m.siteId());
        } else {
            first = false; // too large to track: assume repeated, the roll-ups are then rebuilt in SQL
        }
        line.setLength(0);
        line.append(m.kpiId()).append('\t').append(m.siteId()).append('\t').append(m.periodStart()).append('\t')
                .append(m.value());
        field(m.numerator());
        field(m.denominator());
        field(m.promoters());
        field(m.passives());
        field(m.detractors());
        field(m.sampleSize());
        text(m.source());
        field(m.sectorId());
        field(m.regionId());
        text(m.segment());
        line.append('\n');
        try {
            if (out == null) {
                chunk = Files.createTempFile("terrain-load-", ".tsv");
                out = Files.newBufferedWriter(chunk, StandardCharsets.UTF_8);
            }
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (++rowsInChunk == chunkRows) {
            Path full = closeChunk();
            awaitLoading();
            loadingChunk = full;
            loading = loader.submit(() -> {
                load(full);
                return null;
            });
        }
        return first;
    }

    /** Loads what is left once the previous chunk is in; returns when every row is in the table. */
    void finish() throws SQLException {
        Path last = closeChunk();
        awaitLoading();
        if (last != null) {
            long start = System.nanoTime();
            try {
                load(last);
                waitedNanos += System.nanoTime() - start;
            } finally {
                deleteQuietly(last);
            }
        }
    }

    long waitedMillis() {
        return waitedNanos / 1_000_000;
    }

    /** Waits for a chunk still loading (the connection is about to close) and removes the files. */
    void discard() {
        try {
            awaitLoading();
        } catch (SQLException | RuntimeException ignored) {
            // the import is failing already; its own exception is the one to report
        }
        deleteQuietly(closeChunkQuietly());
    }

    private void awaitLoading() throws SQLException {
        if (loading == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while MariaDB loaded measurements", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("Loading measurements failed: " + e.getCause(), e.getCause());
        } finally {
            waitedNanos += System.nanoTime() - start;
            loading = null;
            deleteQuietly(loadingChunk);
            loadingChunk = null;
        }
    }

    private void load(Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' REPLACE INTO TABLE indicators_measurement CHARACTER SET utf8mb4"
                    + " (kpi_id, site_id, period_start, measured_value, numerator, denominator, promoters, passives,"
                    + " detractors, sample_size, source, sector_id, region_id, segment)");
        }
    }

    private Path closeChunk() {
        if (out == null) {
            return null;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path closed = chunk;
        out = null;
        chunk = null;
        rowsInChunk = 0;
        return closed;
    }

    private Path closeChunkQuietly() {
        try {
            return closeChunk();
        } catch (UncheckedIOException e) {
            return chunk;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file left behind is the OS's to clean
        }
    }

    private void field(Object value) {
        line.append('\t').append(value == null ? "\\N" : value.toString());
    }

    private void text(String value) {
        line.append('\t');
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
