package io.terrain.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;

/**
 * A short transaction the database chose as a deadlock victim (InnoDB) or aborted for a conflicting write on another
 * node (Galera certification: reported as a deadlock), run again: the usual remedy, and what the error itself says
 * ("try restarting transaction"). Only for work that may simply be done again, called outside its transaction.
 */
public final class DeadlockRetry {

    /** MariaDB's ER_LOCK_DEADLOCK. */
    private static final int DEADLOCK = 1213;

    static final int ATTEMPTS = 3;

    private DeadlockRetry() {
    }

    public static <T> T call(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isCause(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean isCause(Throwable thrown) {
        return Causes.anyMatch(thrown, t -> t instanceof SQLTransactionRollbackException
                || t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState())));
    }
}
