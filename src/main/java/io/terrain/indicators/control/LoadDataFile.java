package io.terrain.indicators.control;

import io.terrain.indicators.control.MeasurementCsv.Parsed;
import io.terrain.indicators.control.MeasurementStore.KpiPeriod;
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

/**
 * New measurements written to a tab-separated file in MariaDB's LOAD DATA format, then loaded in
 * one statement inside the import's transaction: the way MariaDB takes rows fastest. The file
 * also notices a key repeated within it (one bit per site and KPI-period).
 */
final class LoadDataFile {

    private final Path file;
    private final BufferedWriter out;
    private final Map<KpiPeriod, BitSet> seen = new HashMap<>();
    private final StringBuilder line = new StringBuilder(160);

    LoadDataFile() {
        try {
            file = Files.createTempFile("terrain-load-", ".tsv");
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return false when this site already has a row for the KPI-period earlier in the file */
    boolean add(Parsed m) {
        boolean first = true;
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
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return first;
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

    /** REPLACE: a key repeated in the file keeps its last row, as an upsert would. */
    void load(Connection connection) throws SQLException {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''")
                    + "' REPLACE INTO TABLE indicators_measurement CHARACTER SET utf8mb4"
                    + " (kpi_id, site_id, period_start, measured_value, numerator, denominator, promoters, passives,"
                    + " detractors, sample_size, source, sector_id, region_id, segment)");
        }
    }

    void delete() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file left behind is the OS's to clean
        }
    }
}
