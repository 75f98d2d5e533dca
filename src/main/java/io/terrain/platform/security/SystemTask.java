package io.terrain.platform.security;

import java.util.function.Supplier;

/**
 * Work Terrain does on its own behalf, with nobody signed in (seeding demo data at start-up,
 * scheduled jobs): inside {@link #call}, role checks let the calls through and the audit trail
 * records "system". Only server code can enter it; no request can.
 */
public final class SystemTask {

    private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> false);

    private SystemTask() {
    }

    public static <T> T call(Supplier<T> work) {
        boolean outer = RUNNING.get();
        RUNNING.set(true);
        try {
            return work.get();
        } finally {
            RUNNING.set(outer);
        }
    }

    static boolean isRunning() {
        return RUNNING.get();
    }
}
