package io.terrain.indicators.control;

import io.terrain.indicators.control.MeasurementCsv.Parsed;
import io.terrain.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Measurements and their roll-ups written to the database, through JDBC: tens of millions of rows, in
 * batches or MariaDB's LOAD DATA (IDENTITY-free composite keys, upserts), never as entities. Runs inside
 * the caller's transaction; {@link MeasurementStore} reads them.
 */
@ApplicationScoped
public class MeasurementWriter {

    static final int BATCH_SIZE = 1_000;

    private static final String UPSERT = "INSERT INTO indicators_measurement (kpi_id, site_id, period_start, measured_value, numerator,"
            + " denominator, promoters, passives, detractors, sample_size, source, sector_id, region_id, segment)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE measured_value = VALUES(measured_value), numerator = VALUES(numerator), denominator = VALUES(denominator),"
            + " promoters = VALUES(promoters), passives = VALUES(passives), detractors = VALUES(detractors),"
            + " sample_size = VALUES(sample_size), source = VALUES(source), sector_id = VALUES(sector_id),"
            + " region_id = VALUES(region_id), segment = VALUES(segment)";

    /** Roll-up rows of one KPI-period, per scope, straight from the measurements. */
    private static final List<String> ROLLUP_INSERTS = List.of(
            "INSERT INTO indicators_rollup SELECT kpi_id, 'NETWORK', 'ALL', period_start, " + MeasurementStore.SUMS
                    + " FROM indicators_measurement WHERE kpi_id = ? AND period_start = ? GROUP BY kpi_id, period_start",
            "INSERT INTO indicators_rollup SELECT kpi_id, 'REGION', CONCAT(region_id, ''), period_start, " + MeasurementStore.SUMS
                    + " FROM indicators_measurement WHERE kpi_id = ? AND period_start = ? AND region_id IS NOT NULL"
                    + " GROUP BY kpi_id, period_start, region_id",
            "INSERT INTO indicators_rollup SELECT kpi_id, 'SECTOR', CONCAT(sector_id, ''), period_start, " + MeasurementStore.SUMS
                    + " FROM indicators_measurement WHERE kpi_id = ? AND period_start = ? AND sector_id IS NOT NULL"
                    + " GROUP BY kpi_id, period_start, sector_id",
            "INSERT INTO indicators_rollup SELECT kpi_id, 'SEGMENT', segment, period_start, " + MeasurementStore.SUMS
                    + " FROM indicators_measurement WHERE kpi_id = ? AND period_start = ? AND segment IS NOT NULL"
                    + " GROUP BY kpi_id, period_start, segment");

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /**
     * New measurements reach MariaDB through LOAD DATA LOCAL INFILE (the JDBC URL needs
     * allowLocalInfile=true): batched INSERTs arrive one row at a time through Payara's pool.
     */
    @Inject
    @ConfigProperty(name = "terrain.measurements.load-data", defaultValue = "true")
    boolean loadData;

    /** Rows per LOAD DATA statement: MariaDB loads one chunk while the import reads the next. */
    @Inject
    @ConfigProperty(name = "terrain.measurements.load-chunk-rows", defaultValue = "50000")
    int loadChunkRows;

    /** The thread that runs LOAD DATA statements beside the reading thread. */
    @Resource
    ManagedExecutorService loader;

    private static final String INSERT = "INSERT INTO indicators_measurement (kpi_id, site_id, period_start, measured_value,"
            + " numerator, denominator, promoters, passives, detractors, sample_size, source, sector_id, region_id, segment)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_ROLLUP = "INSERT INTO indicators_rollup (kpi_id, scope, scope_key, period_start, sites,"
            + " value_sum, numerator_sum, denominator_sum, promoters, passives, detractors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Writes measurements inside the current transaction and keeps the roll-ups right.
     *
     * <p>Roll-ups of a KPI-period that had no measurement before the import, and no key twice in
     * the file, are summed in memory as rows pass; any other KPI-period touched (a correction) has
     * its roll-ups rebuilt in SQL at the end, reading it by primary-key prefix.
     *
     * <p>On MariaDB every row goes into a file that one {@code LOAD DATA LOCAL INFILE … REPLACE}
     * reads at the end: through Payara's pool a JDBC batch reaches MariaDB one statement per row,
     * and the driver never bulk-sends {@code INSERT … ON DUPLICATE KEY UPDATE}. Elsewhere (H2, the
     * demo database) rows go in JDBC batches: plain inserts for new KPI-periods, upserts for the
     * others; a key repeated in the file makes an insert batch fail, which is then replayed as
     * upserts (idempotent) and its KPI-periods move to the SQL rebuild.
     */
    public final class Batch implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement insert;
        private final PreparedStatement upsert;
        private final Set<KpiPeriod> hadData;
        private final Set<KpiPeriod> rebuildInSql = new HashSet<>();
        private final RollupSums fresh = new RollupSums();
        private long rollupMillis;
        private final List<Parsed> pendingInserts = new ArrayList<>();
        private int pendingUpserts;
        /** On MariaDB, every row goes through LOAD DATA; null elsewhere (H2). */
        private final LoadDataPipeline bulkLoad;

        private Batch() throws SQLException {
            hadData = slicesWithData();
            connection = dataSource.getConnection();
            insert = connection.prepareStatement(INSERT);
            upsert = connection.prepareStatement(UPSERT);
            bulkLoad = loadData && connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mariadb")
                    ? new LoadDataPipeline(connection, loader, loadChunkRows) : null;
        }

        public void add(Parsed m) throws SQLException {
            KpiPeriod slice = new KpiPeriod(m.kpiId(), m.periodStart());
            if (bulkLoad != null) {
                // LOAD DATA … REPLACE writes every row and keeps the last of a repeated key, as an
                // upsert would. Memory sums are only right for a KPI-period that had no rows before
                // and no key twice in the file; any other is rebuilt in SQL after the load.
                boolean firstInFile = bulkLoad.add(m);
                if (!firstInFile || hadData.contains(slice)) {
                    rebuildInSql.add(slice);
                } else {
                    fresh.add(m);
                }
                return;
            }
            if (hadData.contains(slice) || rebuildInSql.contains(slice)) {
                bind(upsert, m);
                upsert.addBatch();
                pendingUpserts++;
                rebuildInSql.add(slice);
            } else {
                bind(insert, m);
                insert.addBatch();
                pendingInserts.add(m);
                fresh.add(m);
            }
            if (pendingInserts.size() + pendingUpserts >= BATCH_SIZE) {
                flush();
            }
        }

        public void flush() throws SQLException {
            if (!pendingInserts.isEmpty()) {
                try {
                    insert.executeBatch();
                } catch (BatchUpdateException repeatedKey) {
                    insert.clearBatch();
                    for (Parsed m : pendingInserts) {
                        bind(upsert, m);
                        upsert.addBatch();
                        pendingUpserts++;
                        rebuildInSql.add(new KpiPeriod(m.kpiId(), m.periodStart()));
                    }
                }
                pendingInserts.clear();
            }
            if (pendingUpserts > 0) {
                upsert.executeBatch();
                pendingUpserts = 0;
            }
        }

        /** Writes what is pending and the roll-ups of every KPI-period written to. */
        public void finish() throws SQLException {
            flush();
            if (bulkLoad != null) {
                bulkLoad.finish();
            }
            long rollupStart = System.nanoTime();
            try (PreparedStatement rollup = connection.prepareStatement(INSERT_ROLLUP)) {
                int pending = 0;
                for (var entry : fresh.entries()) {
                    RollupSums.Key key = entry.getKey();
                    if (rebuildInSql.contains(new KpiPeriod(key.kpiId(), key.periodStart()))) {
                        continue;
                    }
                    RollupSums.Sum sum = entry.getValue();
                    rollup.setLong(1, key.kpiId());
                    rollup.setString(2, key.scope());
                    rollup.setString(3, key.scopeKey());
                    rollup.setDate(4, Date.valueOf(key.periodStart()));
                    rollup.setLong(5, sum.sites);
                    rollup.setDouble(6, sum.valueSum);
                    rollup.setObject(7, sum.numeratorSum, Types.DOUBLE);
                    rollup.setObject(8, sum.denominatorSum, Types.DOUBLE);
                    rollup.setObject(9, sum.promoters, Types.BIGINT);
                    rollup.setObject(10, sum.passives, Types.BIGINT);
                    rollup.setObject(11, sum.detractors, Types.BIGINT);
                    rollup.addBatch();
                    if (++pending == BATCH_SIZE) {
                        rollup.executeBatch();
                        pending = 0;
                    }
                }
                rollup.executeBatch();
            }
            refreshRollups(connection, rebuildInSql);
            rollupMillis = (System.nanoTime() - rollupStart) / 1_000_000;
        }

        /** For the import's log line: time waiting for MariaDB's loads, and writing roll-ups. */
        public String timings() {
            return "waited " + (bulkLoad == null ? 0 : bulkLoad.waitedMillis()) + " ms for loads, roll-ups " + rollupMillis + " ms ("
                    + rebuildInSql.size() + " KPI-periods rebuilt in SQL)";
        }

        private void bind(PreparedStatement s, Parsed m) throws SQLException {
            s.setLong(1, m.kpiId());
            s.setLong(2, m.siteId());
            s.setDate(3, Date.valueOf(m.periodStart()));
            s.setDouble(4, m.value());
            s.setObject(5, m.numerator(), Types.DOUBLE);
            s.setObject(6, m.denominator(), Types.DOUBLE);
            s.setObject(7, m.promoters(), Types.INTEGER);
            s.setObject(8, m.passives(), Types.INTEGER);
            s.setObject(9, m.detractors(), Types.INTEGER);
            s.setObject(10, m.sampleSize(), Types.INTEGER);
            s.setString(11, m.source());
            s.setObject(12, m.sectorId(), Types.BIGINT);
            s.setObject(13, m.regionId(), Types.BIGINT);
            s.setString(14, m.segment());
        }

        @Override
        public void close() throws SQLException {
            try (connection; insert; upsert) {
                if (bulkLoad != null) {
                    bulkLoad.discard();
                }
            }
        }
    }

    /** KPI-periods that have measurements: exactly those with a network roll-up row. */
    private Set<KpiPeriod> slicesWithData() throws SQLException {
        Set<KpiPeriod> slices = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT kpi_id, period_start FROM indicators_rollup WHERE scope = 'NETWORK'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                slices.add(new KpiPeriod(rs.getLong(1), rs.getDate(2).toLocalDate()));
            }
        }
        return slices;
    }

    public Batch open() throws SQLException {
        return new Batch();
    }

    /** Rebuilds the roll-up rows of these KPI-periods from their measurements. */
    private static void refreshRollups(Connection c, Collection<KpiPeriod> touched) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM indicators_rollup WHERE kpi_id = ? AND period_start = ?")) {
            List<PreparedStatement> inserts = new ArrayList<>();
            try {
                for (String sql : ROLLUP_INSERTS) {
                    inserts.add(c.prepareStatement(sql));
                }
                for (KpiPeriod slice : touched) {
                    delete.setLong(1, slice.kpiId());
                    delete.setDate(2, Date.valueOf(slice.periodStart()));
                    delete.executeUpdate();
                    for (PreparedStatement insert : inserts) {
                        insert.setLong(1, slice.kpiId());
                        insert.setDate(2, Date.valueOf(slice.periodStart()));
                        insert.executeUpdate();
                    }
                }
            } finally {
                for (PreparedStatement insert : inserts) {
                    insert.close();
                }
            }
        }
    }

    public record KpiPeriod(long kpiId, LocalDate periodStart) {
    }
}
