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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: the executive dashboard under load for .ci/benchmark. {@code users} clients, each signed in once as one of
 * the given accounts (mixed roles), ask {@code /api/dashboards/executive} at one of the places given, one request after
 * the other without pause, for {@code seconds}. Prints p50/p95/p99 and the requests per second; every answer must be 200.
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
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
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
                for (int n = first; System.nanoTime() < end[0]; n++) {
                    String place = own.get(n % own.size());
                    long start = System.nanoTime();
                    int status = send(http, base + "/api/dashboards/executive?plan=" + plan + place, null);
                    nanos.add(System.nanoTime() - start);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 300L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%d requests in %d s (%.0f/s) by %d users of %d accounts; %d not 200; "
                        + "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", sorted.size(), seconds, sorted.size() / (double) seconds, users,
                accounts.size(), failures.get(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
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
