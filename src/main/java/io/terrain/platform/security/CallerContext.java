package io.terrain.platform.security;

import java.util.Optional;

/**
 * The caller of the request this thread is serving, set by the request guard for the length of the
 * request and cleared after it. Outside a request (start-up, timers) there is none.
 */
public final class CallerContext {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {
    }

    public static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void set(Caller caller) {
        CURRENT.set(caller);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
