package io.terrain.it;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Names unique to this run, so the checks never collide with what earlier runs (or other areas of this run) left
 * in the shared test database. Areas start in the same millisecond often enough: each takes the next number.
 */
final class TestRun {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 2_000_000_000L);

    private TestRun() {
    }

    /** A short base-36 id, distinct for every call in this JVM and across runs started at least seconds apart. */
    static String id() {
        return Long.toString(NEXT.getAndIncrement(), 36);
    }
}
