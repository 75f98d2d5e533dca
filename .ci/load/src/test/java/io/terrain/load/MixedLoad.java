package io.terrain.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fault harness's mixed load at a steady rate, through the load balancer: coaches' phones logging visits (each with
 * its own UUID, sent again after a failure as the phone's queue does, until answered), executives reading the dashboard
 * (its API and its page) and the site list, a program manager importing measurements. Every user signs in once and
 * then rides on their session cookie: a request sent back to the sign-in page (302) or refused (401) is a failure, so
 * "signed-in users stay signed in" is counted with the rest.
 *
 * <p>System properties: {@code base} (http://127.0.0.1:28080/terrain), {@code seconds} (120), {@code phones} (10: one
 * visit a second each), {@code readers} (10: one read a second each), {@code acked} (the file the UUIDs of the visits
 * answered 2xx are written to), {@code maxFailedPercent} (1).
 */
public class MixedLoad extends Simulation {

    private static final String BASE = System.getProperty("base", "http://127.0.0.1:28080/terrain");
    private static final int SECONDS = Integer.getInteger("seconds", 120);
    private static final int PHONES = Integer.getInteger("phones", 10);
    private static final int READERS = Integer.getInteger("readers", 10);
    private static final Path ACKED_FILE = Path.of(System.getProperty("acked", "target/acked-visits.txt"));
    private static final double MAX_FAILED_PERCENT = Double.parseDouble(System.getProperty("maxFailedPercent", "1"));
    private static final String PASSWORD = System.getProperty("password", "terrain-demo");

    /** The visits the server acknowledged (2xx): each must be in the database afterwards. */
    private static final Set<String> ACKED = ConcurrentHashMap.newKeySet();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json").acceptLanguageHeader("fr")
            // State-changing API calls must carry it (a cross-site form cannot); a redirect is a failure here, not followed.
            .header("X-Requested-With", "terrain-load").disableFollowRedirect().shareConnections();

    /** Signing in, tried again after a second as a person would (a failed try counts as a failed request). */
    private static ChainBuilder signIn(String username) {
        return tryMax(5).on(exec(http("sign in").get("/api/users/me").basicAuth(username, PASSWORD).check(status().is(200)))
                .doIf(Session::isFailed).then(pause(Duration.ofSeconds(1)))).exitHereIfFailed();
    }

    private static String visit(Session session) {
        LocalDate today = LocalDate.now();
        return "{\"uuid\":\"" + session.getString("uuid") + "\",\"siteId\":" + session.getLong("site") + ",\"date\":\"" + today
                + "\",\"startTime\":\"10:00:00\",\"durationMinutes\":60,\"purpose\":\"COACHING\",\"observations\":\"Charge de test "
                + session.getString("uuid").substring(0, 8) + "\",\"workedOn\":[\"Rituel du matin\"],\"actions\":[],\"teamMood\":4}";
    }

    private static Session nextVisit(Session session) {
        List<Object> sites = session.getList("sites");
        long site = ((Number) sites.get(ThreadLocalRandom.current().nextInt(sites.size()))).longValue();
        return session.set("uuid", UUID.randomUUID().toString()).set("site", site);
    }

    /** A phone: a visit a second, each sent until answered (a pause between tries), its UUID noted when acknowledged. */
    private final ScenarioBuilder phones = scenario("phones")
            .exec(signIn("coach"))
            .tryMax(10).on(exec(http("my day").get("/api/visits/day")
                            .check(status().is(200), jsonPath("$.sites[*].id").ofLong().findAll().saveAs("sites")))
                    .doIf(Session::isFailed).then(pause(Duration.ofSeconds(1))))
            .exitHereIfFailed()
            .during(Duration.ofSeconds(SECONDS)).on(
                    exec(MixedLoad::nextVisit)
                            .tryMax(60).on(
                                    exec(http("log visit").post("/api/visits").body(StringBody(MixedLoad::visit)).asJson()
                                            .check(status().in(200, 201)))
                                            .doIf(Session::isFailed).then(pause(Duration.ofMillis(500))))
                            .exec(session -> {
                                if (!session.isFailed()) {
                                    ACKED.add(session.getString("uuid"));
                                }
                                return session.markAsSucceeded();
                            })
                            .pause(Duration.ofMillis(800), Duration.ofMillis(1200)));

    /** An executive: the dashboard's data or page, or the site list, about once a second. */
    private final ScenarioBuilder readers = scenario("readers")
            .exec(signIn("executive"))
            .during(Duration.ofSeconds(SECONDS)).on(
                    randomSwitch().on(
                            percent(40.0).then(exec(http("dashboard API").get("/api/dashboards/executive").check(status().is(200)))),
                            percent(30.0).then(exec(http("dashboard page").get("/dashboards/executive.xhtml").header("Accept", "text/html")
                                    .check(status().is(200), substring("placeName").exists()))),
                            percent(30.0).then(exec(http("site list API").get("/api/sites?limit=25&q=S0").check(status().is(200)))))
                            .pause(Duration.ofMillis(800), Duration.ofMillis(1200)));

    /** A program manager: twenty sites' CSAT of this week imported every ten seconds (sent again until answered). */
    private final ScenarioBuilder imports = scenario("imports")
            .exec(signIn("manager"))
            .during(Duration.ofSeconds(SECONDS)).on(
                    tryMax(10).on(
                            exec(http("measurements import").post("/api/indicators/measurements/import").header("Content-Type", "text/csv")
                                    .body(StringBody(session -> measurements())).check(status().is(200), substring("\"applied\":true").exists()))
                                    .doIf(Session::isFailed).then(pause(Duration.ofSeconds(1))))
                            .exec(Session::markAsSucceeded)
                            .pause(Duration.ofSeconds(10)));

    private static String measurements() {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        StringBuilder csv = new StringBuilder("site_code,kpi_code,period_start,value\n");
        for (int i = 1; i <= 20; i++) {
            csv.append(String.format("S%04d,CSAT,%s,%.2f%n", i, monday, 3 + ThreadLocalRandom.current().nextDouble() * 2));
        }
        return csv.toString();
    }

    {
        setUp(phones.injectOpen(rampUsers(PHONES).during(Duration.ofSeconds(5))),
                readers.injectOpen(rampUsers(READERS).during(Duration.ofSeconds(5))),
                imports.injectOpen(constantUsersPerSec(1).during(Duration.ofSeconds(1))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lte(MAX_FAILED_PERCENT));
    }

    @Override
    public void after() {
        try {
            Files.createDirectories(ACKED_FILE.toAbsolutePath().getParent());
            Files.write(ACKED_FILE, ACKED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
