package io.terrain.platform.persistence;

import java.util.function.Predicate;

/** Walks an exception and its causes (transactions, CDI and JPA wrap what the database said), stopping at a cycle. */
public final class Causes {

    private Causes() {
    }

    public static boolean anyMatch(Throwable thrown, Predicate<Throwable> test) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
