package io.terrain.indicators.control;

import io.terrain.indicators.api.Aggregation;
import io.terrain.indicators.api.Granularity;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.Measurement;
import io.terrain.indicators.api.SeriesPoint;
import io.terrain.indicators.control.MeasurementCsv.Parsed;
import io.terrain.platform.api.Page;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Measurements and roll-ups in the database, through JDBC: tens of millions of rows, written in
 * batches (IDENTITY-free composite keys, upserts) and read as sums, never as entities.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class MeasurementStore {

    static final int BATCH_SIZE = 1_000;
    private static final int MAX_LISTED_PERIODS = 4_000;

    private static final String UPSERT = "INSERT INTO indicators_measurement (kpi_id, site_id, period_start, measured_value, numerator,"
            + " denominator, promoters, passives, detractors, sample_size, source, sector_id, region_id, segment)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE measured_value = VALUES(measured_value), numerator = VALUES(numerator), denominator = VALUES(denominator),"
            + " promoters = VALUES(promoters), passives = VALUES(passives), detractors = VALUES(detractors),"
            + " sample_size = VALUES(sample_size), source = VALUES(source), sector_id = VALUES(sector_id),"
            + " region_id = VALUES(region_id), segment = VALUES(segment)";

    private static final String SUMS = "COUNT(*), SUM(measured_value), SUM(numerator), SUM(denominator), SUM(promoters), SUM(passives), SUM(detractors)";

    /** Roll-up rows of one KPI-period, per scope, straight from the measurements. */
    private static final List<String> ROLLUP_INSERTS = List.of(
            "INSERT INTO indicators_rollup SELECT kpi_id, 'NETWORK', 'ALL', period_start, " + SUMS
                    + " FROM indicators_measurement WHERE kpi_id = ? AND period_start = ? GROUP BY kpi_id, period_start",
            "INSERT INTO indicators_rollup SELECT kpi_id, 'REGION', CONCAT(region_id, ''), period_start, " + SUMS
                    + " FROM indicators_measurement WHERE kpi_id = ? AND period_start = ? AND region_id IS NOT NULL"
                    + " GROUP BY kpi_id, period_start, region_id",
            "INSERT INTO indicators_rollup SELECT kpi_id, 'SECTOR', CONCAT(sector_id, ''), period_start, " + SUMS
                    + " FROM indicators_measurement WHERE kpi_id = ? AND period_start = ? AND sector_id IS NOT NULL"
                    + " GROUP BY kpi_id, period_start, sector_id",
            "INSERT INTO indicators_rollup SELECT kpi_id, 'SEGMENT', segment, period_start, " + SUMS
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
    public final class Writer implements AutoCloseable {
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

        private Writer() throws SQLException {
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

    public Writer writer() throws SQLException {
        return new Writer();
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

    /** One value per period for a scope (NETWORK/ALL, REGION/id, SECTOR/id, SEGMENT/name), from the roll-ups. */
    public List<SeriesPoint> rollupSeries(long kpiId, String scope, String key, LocalDate from, LocalDate to,
                                          Aggregation aggregation, String unit) throws SQLException {
        return series("SELECT period_start, sites, value_sum, numerator_sum, denominator_sum, promoters, passives, detractors"
                        + " FROM indicators_rollup WHERE kpi_id = ? AND scope = ? AND scope_key = ? AND period_start BETWEEN ? AND ?"
                        + " ORDER BY period_start",
                kpiId, scope, key, from, to, aggregation, unit);
    }

    /**
     * The aligned periods of a window that can hold measurements of this KPI: the window cut to the
     * first and last periods the KPI has data for (read from its network roll-up), so that an open
     * window ("everything") lists a few hundred periods, not every week since 1900.
     */
    public List<LocalDate> measuredPeriods(long kpiId, Granularity granularity, LocalDate from, LocalDate to) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT MIN(period_start), MAX(period_start) FROM indicators_rollup"
                     + " WHERE kpi_id = ? AND scope = 'NETWORK' AND scope_key = 'ALL'")) {
            s.setLong(1, kpiId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getDate(1) == null) {
                    return List.of();
                }
                LocalDate first = rs.getDate(1).toLocalDate();
                LocalDate last = rs.getDate(2).toLocalDate();
                return granularity.periodStarts(from.isBefore(first) ? first : from, to.isAfter(last) ? last : to);
            }
        }
    }

    /**
     * A page of stored measurements of one KPI over these periods, in key order (period, then site);
     * one site's alone when siteId is given. The total counts the same rows.
     */
    public Page<Measurement> page(KpiSummary kpi, Long siteId, List<LocalDate> periods, int offset, int limit) throws SQLException {
        if (periods.isEmpty()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        String where = " FROM indicators_measurement WHERE kpi_id = ? AND " + periodCondition(periods)
                + (siteId == null ? "" : " AND site_id = ?");
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*)" + where);
             PreparedStatement rows = c.prepareStatement("SELECT site_id, period_start, measured_value, numerator, denominator,"
                     + " promoters, passives, detractors, sample_size, source, sector_id, region_id, segment" + where
                     + " ORDER BY period_start, site_id LIMIT ? OFFSET ?")) {
            for (PreparedStatement s : List.of(count, rows)) {
                s.setLong(1, kpi.id());
                int next = bindPeriods(s, 2, periods);
                if (siteId != null) {
                    s.setLong(next++, siteId);
                }
                if (s == rows) {
                    s.setInt(next++, limit);
                    s.setInt(next, offset);
                }
            }
            long total;
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<Measurement> items = new ArrayList<>();
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    items.add(new Measurement(kpi.code(), rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDouble(3),
                            nullableDouble(rs, 4), nullableDouble(rs, 5), nullableInt(rs, 6), nullableInt(rs, 7), nullableInt(rs, 8),
                            nullableInt(rs, 9), rs.getString(10), nullableLong(rs, 11), nullableLong(rs, 12), rs.getString(13)));
                }
            }
            return new Page<>(items, total, offset, limit);
        }
    }

    private static Integer nullableInt(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    /**
     * One site's own values per period. The primary key leads with KPI and period (rows arrive a
     * KPI-period at a time, so loading appends), hence the periods are listed: each becomes one
     * key lookup instead of a scan of every site's rows.
     */
    public List<SeriesPoint> siteSeries(long kpiId, long siteId, List<LocalDate> periods, Aggregation aggregation, String unit)
            throws SQLException {
        List<SeriesPoint> points = new ArrayList<>();
        if (periods.isEmpty()) {
            return points;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT period_start, 1, measured_value, numerator, denominator, promoters,"
                     + " passives, detractors FROM indicators_measurement WHERE kpi_id = ? AND site_id = ? AND "
                     + periodCondition(periods) + " ORDER BY period_start")) {
            s.setLong(1, kpiId);
            s.setLong(2, siteId);
            bindPeriods(s, 3, periods);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Sums sums = sums(rs, 2);
                    points.add(new SeriesPoint(rs.getDate(1).toLocalDate(), sums.value(aggregation, unit), (int) sums.count()));
                }
            }
        }
        return points;
    }

    /**
     * "period_start IN (?, …)" for a window of up to a few thousand periods; beyond, a range (a
     * scan of the KPI's rows, slower but within MariaDB's limit of 65,535 parameters).
     */
    private static String periodCondition(List<LocalDate> periods) {
        return periods.size() <= MAX_LISTED_PERIODS ? "period_start IN (" + placeholders(periods.size()) + ")"
                : "period_start BETWEEN ? AND ?";
    }

    private static int bindPeriods(PreparedStatement s, int first, List<LocalDate> periods) throws SQLException {
        List<LocalDate> bound = periods.size() <= MAX_LISTED_PERIODS ? periods : List.of(periods.get(0), periods.get(periods.size() - 1));
        for (int i = 0; i < bound.size(); i++) {
            s.setDate(first + i, Date.valueOf(bound.get(i)));
        }
        return first + bound.size();
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private List<SeriesPoint> series(String sql, long kpiId, Object scopeOrSite, String key, LocalDate from, LocalDate to,
                                     Aggregation aggregation, String unit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, kpiId);
            s.setObject(i++, scopeOrSite);
            if (key != null) {
                s.setString(i++, key);
            }
            s.setDate(i++, Date.valueOf(from));
            s.setDate(i, Date.valueOf(to));
            List<SeriesPoint> points = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Sums sums = sums(rs, 2);
                    points.add(new SeriesPoint(rs.getDate(1).toLocalDate(), sums.value(aggregation, unit), (int) sums.count()));
                }
            }
            return points;
        }
    }

    /** Per site, the sums of its measurements over these periods (a window), for the impact engine. */
    public Map<Long, Sums> windowSums(long kpiId, Set<Long> siteIds, List<LocalDate> periods) throws SQLException {
        Map<Long, Sums> bySite = new HashMap<>();
        readSums(kpiId, siteIds, periods, false, (site, period, sums) -> bySite.put(site, sums));
        return bySite;
    }

    /**
     * Each site's sums per window of {@code windowDays} days from {@code from} (the window's first day as key), over
     * these periods, in one grouped query: what a chart of several weeks needs, instead of a query per week.
     */
    public Map<LocalDate, Map<Long, Sums>> windowSumsBySite(long kpiId, Set<Long> siteIds, List<LocalDate> periods, LocalDate from,
                                                            int windowDays) throws SQLException {
        Map<LocalDate, Map<Long, Sums>> byWindow = new java.util.TreeMap<>();
        readSums(kpiId, siteIds, periods, true, (site, period, sums) -> byWindow
                .computeIfAbsent(Windows.startOf(period, from, windowDays), w -> new HashMap<>()).merge(site, sums, Sums::plus));
        return byWindow;
    }

    private interface SumsRow {
        void accept(long siteId, LocalDate period, Sums sums);
    }

    /** The measurements' sums of these sites over these periods, grouped by site (and by period when asked). */
    private void readSums(long kpiId, Set<Long> siteIds, List<LocalDate> periods, boolean byPeriod, SumsRow row) throws SQLException {
        if (siteIds.isEmpty() || periods.isEmpty()) {
            return;
        }
        String ids = siteIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        String period = byPeriod ? "period_start" : "NULL";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT site_id, " + period + ", " + SUMS + " FROM indicators_measurement"
                     + " WHERE kpi_id = ? AND " + periodCondition(periods) + " AND site_id IN (" + ids + ")"
                     + " GROUP BY site_id" + (byPeriod ? ", period_start" : ""))) {
            s.setLong(1, kpiId);
            bindPeriods(s, 2, periods);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date start = rs.getDate(2);
                    row.accept(rs.getLong(1), start == null ? null : start.toLocalDate(), sums(rs, 3));
                }
            }
        }
    }

    private static Sums sums(ResultSet rs, int first) throws SQLException {
        return new Sums(rs.getLong(first), rs.getDouble(first + 1), nullableDouble(rs, first + 2), nullableDouble(rs, first + 3),
                nullableLong(rs, first + 4), nullableLong(rs, first + 5), nullableLong(rs, first + 6));
    }

    private static Double nullableDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    public long count() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM indicators_measurement");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
