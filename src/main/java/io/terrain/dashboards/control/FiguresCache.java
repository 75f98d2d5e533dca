package io.terrain.dashboards.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A dashboard's figures kept for a short while per plan, place and reader's scope, so that fifty executives opening
 * the same page make one round of grouped queries, not fifty. Counted once at a time per key: the first readers of a
 * key wait for that one count; once figures are older than {@link #KEPT}, one reader counts again while the others are
 * served the figures they had (so nobody waits behind a recount, and the page says when they were counted). Figures
 * are kept between {@link #KEPT} less a fifth and {@link #KEPT}, drawn per counting, so that places first counted
 * together (a page's figures, everyone arriving at nine) are not all counted again in the same second. Each instance
 * keeps its own.
 */
@ApplicationScoped
public class FiguresCache {

    public static final Duration KEPT = Duration.ofSeconds(30);

    /** Entries beyond this are dropped all at once: places × scopes read in 30 s stay far below. */
    private static final int MAX_ENTRIES = 5000;

    private record Kept(Instant until, Object figures) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();

    private Clock clock = Clock.systemUTC();
    /** How much sooner than {@link #KEPT} one counting's figures are dropped, in milliseconds. */
    private LongSupplier spread = () -> ThreadLocalRandom.current().nextLong(KEPT.toMillis() / 5);

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> count) {
        Kept known = kept.get(key);
        if (known != null && fresh(known)) {
            return (T) known.figures();
        }
        if (known != null) {
            if (!recounting.add(key)) {
                return (T) known.figures();
            }
            try {
                return (T) store(key, count.get()).figures();
            } finally {
                recounting.remove(key);
            }
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Kept counted = kept.get(key);
            if (counted != null && fresh(counted)) {
                return (T) counted.figures();
            }
            return (T) store(key, count.get()).figures();
        }
    }

    private boolean fresh(Kept known) {
        return known.until().isAfter(clock.instant());
    }

    private Kept store(String key, Object figures) {
        if (kept.size() >= MAX_ENTRIES) {
            kept.clear();
            locks.clear();
        }
        Kept counted = new Kept(clock.instant().plus(KEPT).minusMillis(spread.getAsLong()), figures);
        kept.put(key, counted);
        return counted;
    }

    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    void useSpread(LongSupplier testSpread) {
        this.spread = testSpread;
    }
}
