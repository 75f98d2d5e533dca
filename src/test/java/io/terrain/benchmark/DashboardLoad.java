package io.terrain.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: the executive dashboard under load for .ci/benchmark. {@code users} clients, each signed in once as one of
 * the given accounts (mixed roles), ask the dashboard at one of the places given in turn — four times in five its API
 * ({@code /api/dashboards/executive}), the fifth its page — for {@code seconds}. With {@code -Dthink.ms=0} (the default)
 * each client asks again as soon as answered (a closed loop: the server's saturation); with a think time, each starts
 * within one think time and waits between half and one and a half times it, as a person reading the dashboard before
 * the next click. Prints, overall
 * and per family (the network's API, a unit's, a site's, the page), p50/p95/p99; every answer must be 200.
 *
 * <p>Arguments: base URL, plan id, seconds, users, then one {@code user:password@place,place…} per account, a place
 * being {@code NETWORK} or a query string ({@code &unit=12}, {@code &site=34}): what that account asks for in turn.
 */
public final class DashboardLoad {

    private DashboardLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String plan = args[1];
        int seconds = Integer.parseInt(args[2]);
        int users = Integer.parseInt(args[3]);
        List<String> accounts = new ArrayList<>();
        List<List<String>> places = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            String[] spec = args[i].split("@", 2);
            accounts.add(spec[0]);
            places.add(java.util.Arrays.stream(spec[1].split(",")).map(p -> p.equals("NETWORK") ? "" : p).toList());
        }
        long think = Long.getLong("think.ms", 0);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Long>> byFamily = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        // Everyone signs in first (the password hash is slow on purpose), then the clock starts for all at once.
        CountDownLatch signedIn = new CountDownLatch(users);
        long[] end = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            String account = accounts.get(u % accounts.size());
            List<String> own = places.get(u % accounts.size());
            int first = u;
            pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                        .connectTimeout(Duration.ofSeconds(10)).build();
                String auth = "Basic " + Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8));
                send(http, base + "/api/users/me", auth);
                signedIn.countDown();
                signedIn.await();
                synchronized (end) {
                    if (end[0] == 0) {
                        end[0] = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                    }
                }
                // SplittableRandom: java.util.Random seeded 0, 1, 2… draws nearly the same first numbers, so every reader clicked
                // in step.
                java.util.SplittableRandom random = new java.util.SplittableRandom(first);
                if (think > 0) {
                    // People do not all click in the same millisecond: each reader's first click falls within one think time.
                    Thread.sleep((long) (random.nextDouble() * think));
                }
                for (int n = first; System.nanoTime() < end[0]; n++) {
                    String place = own.get(n % own.size());
                    boolean page = n % 5 == 4;
                    String family = page ? "page" : place.isEmpty() ? "network" : place.contains("site=") ? "site" : "unit";
                    long start = System.nanoTime();
                    int status = send(http, base + (page ? "/dashboards/executive.xhtml?plan=" : "/api/dashboards/executive?plan=") + plan
                            + place, null);
                    long took = System.nanoTime() - start;
                    nanos.add(took);
                    byFamily.computeIfAbsent(family, f -> Collections.synchronizedList(new ArrayList<>())).add(took);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                    if (think > 0) {
                        Thread.sleep(think / 2 + (long) (random.nextDouble() * think));
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 300L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%d requests in %d s (%.0f/s) by %d users of %d accounts, think time %d ms; %d not 200; "
                        + "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", sorted.size(), seconds, sorted.size() / (double) seconds, users,
                accounts.size(), think, failures.get(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        for (String family : List.of("network", "unit", "site", "page")) {
            List<Long> own = new ArrayList<>(byFamily.getOrDefault(family, List.of()));
            Collections.sort(own);
            System.out.printf("    %-8s %6d requests: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n", family, own.size(), ms(own, 0.50),
                    ms(own, 0.95), ms(own, 0.99));
        }
    }

    private static int send(HttpClient http, String url, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile))) / 1e6;
    }
}
