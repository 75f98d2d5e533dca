package io.terrain.platform.persistence;

import java.sql.SQLException;

/**
 * Recognises a unique-key violation anywhere in an exception's causes (SQL state class 23): how a
 * resource tells "a concurrent resend stored the same client id first" from a real failure.
 */
public final class DuplicateKey {

    private DuplicateKey() {
    }

    public static boolean isCause(Throwable e) {
        return Causes.anyMatch(e, t -> t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23"));
    }
}
