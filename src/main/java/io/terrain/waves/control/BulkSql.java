package io.terrain.waves.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Multi-row statements run on the transaction's own JDBC connection: EclipseLink's native queries
 * parse every positional parameter of a statement again and again, which at thousands of
 * parameters a statement costs seconds; plain JDBC does not.
 */
final class BulkSql {

    private BulkSql() {
    }

    /** Runs one statement with these parameters (dates as SQL dates) in the entity manager's transaction; the rows it changed. */
    static int execute(EntityManager em, String sql, List<Object> parameters) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                statement.setObject(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("A bulk statement failed: " + e.getMessage(), e);
        }
    }
}
