package io.terrain.indicators.control;

import io.terrain.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * One KPI's value per site and period, as a dense panel (NaN where not measured) for the staggered
 * impact estimator: 20,000 sites × 156 weeks is 3 million doubles, read in one streamed scan of
 * the KPI's rows (the primary key leads with the KPI).
 */
@ApplicationScoped
public class KpiPanel {

    /** Rows fetched per round trip: MariaDB's driver otherwise reads the whole result before the first row. */
    private static final int FETCH_SIZE = 10_000;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /**
     * @param siteIds the sites wanted, sorted ascending (their index is the column); others are skipped
     * @param periods the periods, in order (their index is the row)
     * @return per period each site's value, NaN where not measured
     */
    public double[][] read(long kpiId, long[] siteIds, List<LocalDate> periods) throws SQLException {
        double[][] columns = new double[periods.size()][siteIds.length];
        for (double[] column : columns) {
            Arrays.fill(column, Double.NaN);
        }
        if (periods.isEmpty() || siteIds.length == 0) {
            return columns;
        }
        // Primitive lookups: 3 million rows, no boxing per row.
        long[] days = periods.stream().mapToLong(LocalDate::toEpochDay).toArray();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT site_id, period_start, measured_value FROM indicators_measurement"
                     + " WHERE kpi_id = ? AND period_start BETWEEN ? AND ?")) {
            s.setFetchSize(FETCH_SIZE);
            s.setLong(1, kpiId);
            s.setDate(2, java.sql.Date.valueOf(periods.get(0)));
            s.setDate(3, java.sql.Date.valueOf(periods.get(periods.size() - 1)));
            try (ResultSet rs = s.executeQuery()) {
                // The range scan follows the key (KPI, period, site): the period changes a few hundred times in millions
                // of rows, so its text is parsed only when it changes (a java.sql.Date per row cost seconds). Any other
                // order stays correct, only slower.
                String lastDay = null;
                int period = -1;
                while (rs.next()) {
                    String day = rs.getString(2);
                    if (!day.equals(lastDay)) {
                        lastDay = day;
                        period = Arrays.binarySearch(days, LocalDate.parse(day.substring(0, 10)).toEpochDay());
                    }
                    if (period < 0) {
                        continue;
                    }
                    int site = Arrays.binarySearch(siteIds, rs.getLong(1));
                    if (site >= 0) {
                        columns[period][site] = rs.getDouble(3);
                    }
                }
            }
        }
        return columns;
    }
}
