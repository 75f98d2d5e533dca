package io.terrain.indicators.control;

import io.terrain.indicators.api.Aggregation;
import io.terrain.indicators.api.Granularity;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.Measurement;
import io.terrain.indicators.api.SeriesPoint;
import io.terrain.platform.api.Page;
import io.terrain.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Measurements and roll-ups read from the database, through JDBC: tens of millions of rows, read as
 * sums, never as entities ({@link MeasurementWriter} writes them). Runs inside the caller's transaction.
 */
@ApplicationScoped
public class MeasurementStore {

    private static final int MAX_LISTED_PERIODS = 4_000;

    /** The sums a roll-up row holds, in the order {@link #sums} reads them (the writer rolls up with the same). */
    static final String SUMS = "COUNT(*), SUM(measured_value), SUM(numerator), SUM(denominator), SUM(promoters), SUM(passives), SUM(detractors)";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

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
