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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * @param siteRows row of each site wanted (others are skipped)
     * @param periods  the periods, in order: their index is the column
     */
    public double[][] read(long kpiId, Map<Long, Integer> siteRows, List<LocalDate> periods) throws SQLException {
        double[][] values = new double[siteRows.size()][periods.size()];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        if (periods.isEmpty() || siteRows.isEmpty()) {
            return values;
        }
        Map<LocalDate, Integer> columns = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            columns.put(periods.get(i), i);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT site_id, period_start, measured_value FROM indicators_measurement"
                     + " WHERE kpi_id = ? AND period_start BETWEEN ? AND ?")) {
            s.setFetchSize(FETCH_SIZE);
            s.setLong(1, kpiId);
            s.setDate(2, java.sql.Date.valueOf(periods.get(0)));
            s.setDate(3, java.sql.Date.valueOf(periods.get(periods.size() - 1)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Integer row = siteRows.get(rs.getLong(1));
                    Integer column = columns.get(rs.getDate(2).toLocalDate());
                    if (row != null && column != null) {
                        values[row][column] = rs.getDouble(3);
                    }
                }
            }
        }
        return values;
    }
}
