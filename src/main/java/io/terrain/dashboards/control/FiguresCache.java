package io.terrain.dashboards.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A dashboard's figures kept for a short while per plan, place and reader's scope, so that fifty executives opening
 * the same page make one round of grouped queries, not fifty. Each instance keeps its own: figures are at most
 * {@link #KEPT} old anywhere, which is what the page says ("counted at …").
 */
@ApplicationScoped
public class FiguresCache {

    public static final Duration KEPT = Duration.ofSeconds(30);

    /** Entries beyond this are dropped all at once: places × scopes read in 30 s stay far below. */
    private static final int MAX_ENTRIES = 5000;

    private record Kept(Instant at, Object figures) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private Clock clock = Clock.systemUTC();

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> count) {
        Instant now = clock.instant();
        Kept known = kept.get(key);
        if (known != null && known.at().plus(KEPT).isAfter(now)) {
            return (T) known.figures();
        }
        T figures = count.get();
        if (kept.size() >= MAX_ENTRIES) {
            kept.clear();
        }
        kept.put(key, new Kept(now, figures));
        return figures;
    }

    /** Forgets everything (after a write the reader expects to see at once). */
    public void clear() {
        kept.clear();
    }

    void useClock(Clock testClock) {
        this.clock = testClock;
    }
}
