package io.terrain.platform.persistence;

import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (restarting, failing over, a Galera node not yet synced)
 * rather than a fault of the request or of Terrain: callers answer 503 and the client tries again, instead of a 500.
 */
public final class DatabaseUnavailable {

    /** What Payara's pool says when it cannot open a connection to the database. */
    private static final String NO_CONNECTION = "Error in allocating a connection";

    /** Galera's "WSREP has not yet prepared node for application use" (a node joining or cut off from the others). */
    private static final int GALERA_NOT_READY = 1047;

    private DatabaseUnavailable() {
    }

    /**
     * A commit the database did not answer (its connection lost during COMMIT) reaches the caller as the transaction
     * manager's {@link SystemException}, without the driver's exception in its chain (Payara logs that one apart, as
     * RAR5031): whether it committed is unknown, so the client is told to try again — a visit or an import resent with
     * its identity is recognised.
     */
    public static boolean isCause(Throwable thrown) {
        return Causes.anyMatch(thrown, t -> t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SystemException
                || t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                        || sql.getErrorCode() == GALERA_NOT_READY)
                || t.getMessage() != null && t.getMessage().contains(NO_CONNECTION));
    }
}
