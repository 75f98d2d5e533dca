package io.terrain.dashboards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FiguresCacheTest {

    @Test
    void countsOncePerKeyWhileTheFiguresAreFreshThenAgain() {
        FiguresCache cache = new FiguresCache();
        cache.useSpread(() -> 0);
        Instant start = Instant.parse("2027-03-15T08:00:00Z");
        AtomicInteger counted = new AtomicInteger();
        cache.useClock(Clock.fixed(start, ZoneOffset.UTC));
        assertEquals(1, (int) cache.get("plan 1", counted::incrementAndGet));
        assertEquals(1, (int) cache.get("plan 1", counted::incrementAndGet), "kept");
        assertEquals(2, (int) cache.get("plan 2", counted::incrementAndGet), "another key is counted");
        cache.useClock(Clock.fixed(start.plus(FiguresCache.KEPT).minusMillis(1), ZoneOffset.UTC));
        assertEquals(1, (int) cache.get("plan 1", counted::incrementAndGet), "still fresh a millisecond before 30 s");
        cache.useClock(Clock.fixed(start.plus(FiguresCache.KEPT), ZoneOffset.UTC));
        assertEquals(3, (int) cache.get("plan 1", counted::incrementAndGet), "counted again at 30 s");
    }

    @Test
    void figuresCountedTogetherAreDroppedAtTheirOwnTimeWithinTheLastFifth() {
        FiguresCache cache = new FiguresCache();
        Instant start = Instant.parse("2027-03-15T08:00:00Z");
        cache.useClock(Clock.fixed(start, ZoneOffset.UTC));
        cache.useSpread(() -> 6000);
        assertEquals("network", cache.get("network", () -> "network"));
        cache.useSpread(() -> 1000);
        assertEquals("region", cache.get("region", () -> "region"));
        cache.useClock(Clock.fixed(start.plusSeconds(24), ZoneOffset.UTC));
        assertEquals("network again", cache.get("network", () -> "network again"), "30 s less 6 s");
        assertEquals("region", cache.get("region", () -> "region again"), "kept until 29 s");
        cache.useClock(Clock.fixed(start.plusSeconds(29), ZoneOffset.UTC));
        assertEquals("region again", cache.get("region", () -> "region again"));
    }

    @Test
    void theSpreadIsAtMostAFifthOfTheTimeKept() {
        FiguresCache cache = new FiguresCache();
        Instant start = Instant.parse("2027-03-15T08:00:00Z");
        cache.useClock(Clock.fixed(start, ZoneOffset.UTC));
        for (int i = 0; i < 200; i++) {
            cache.get("place " + i, () -> "counted");
        }
        cache.useClock(Clock.fixed(start.plusSeconds(24), ZoneOffset.UTC));
        for (int i = 0; i < 200; i++) {
            assertEquals("counted", cache.get("place " + i, () -> "again"), "every place is kept 24 s at least");
        }
        cache.useClock(Clock.fixed(start.plusSeconds(30), ZoneOffset.UTC));
        for (int i = 0; i < 200; i++) {
            assertEquals("again", cache.get("place " + i, () -> "again"), "and never 30 s");
        }
    }

    @Test
    void whileOneReaderRecountsOthersGetTheFiguresTheyHadAndNobodyCountsTwice() throws Exception {
        FiguresCache cache = new FiguresCache();
        cache.useSpread(() -> 0);
        Instant start = Instant.parse("2027-03-15T08:00:00Z");
        cache.useClock(Clock.fixed(start, ZoneOffset.UTC));
        assertEquals("first", cache.get("plan 1", () -> "first"));
        cache.useClock(Clock.fixed(start.plus(FiguresCache.KEPT), ZoneOffset.UTC));
        CountDownLatch recountStarted = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        AtomicInteger counts = new AtomicInteger();
        Thread recount = new Thread(() -> cache.get("plan 1", () -> {
            counts.incrementAndGet();
            recountStarted.countDown();
            await(mayFinish);
            return "second";
        }));
        recount.start();
        recountStarted.await();
        assertEquals("first", cache.get("plan 1", () -> {
            counts.incrementAndGet();
            return "third";
        }), "served what was there while the recount runs");
        mayFinish.countDown();
        recount.join();
        assertEquals("second", cache.get("plan 1", () -> "fourth"));
        assertEquals(1, counts.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
