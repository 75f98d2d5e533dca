package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue #11's findings, each replayed against the real WAR on Payara Micro and MariaDB (and, for the
 * screens, headless Chromium): what an attacker or a busy network did, and what must happen now.
 * docs/security.md maps the ASVS requirements to these tests. They run on the one boot of TerrainIT.
 */
interface SecurityChecks extends DeployedTerrain {

    String SECURITY_RUN = TestRun.id().toLowerCase();
    String STRONG_PASSWORD = "violet tramway sous la pluie";

    /** Through localhost, whose address the tests' Payara trusts as a proxy (X-Forwarded-For then names the client). */
    private URL local() {
        try {
            return new URL("http", "localhost", base().getPort(), base().getPath());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api admin() {
        return Api.as(local(), "admin", TerrainDeployment.DEMO_PASSWORD);
    }

    private JsonObject createUser(String username, String role) {
        Api.Reply created = admin().post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\"" + username
                + "\",\"language\":\"en\",\"roles\":[\"" + role + "\"],\"password\":\"" + STRONG_PASSWORD + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    // ---- Sessions re-read their rights at every request (#11 item 2) ----

    @Test
    default void aDeactivatedManagersLiveSessionIsRefusedAtItsNextRequest() {
        JsonObject user = createUser("deact" + SECURITY_RUN, "PROGRAM_MANAGER");
        Api manager = Api.as(local(), user.getString("username"), STRONG_PASSWORD);
        assertEquals(200, manager.get("api/org-units").status());
        Api.Reply off = admin().put("api/users/" + user.getInt("id") + "/active?active=false&version=" + user.getInt("version"), "");
        assertEquals(200, off.status(), off.body());
        Api.Reply refused = manager.post("api/org-units", "{\"code\":\"DX" + SECURITY_RUN + "\",\"name\":\"Refused\",\"level\":\"SECTOR\",\"parentCode\":\"CEN\"}");
        assertEquals(401, refused.status(), "the session ended with the account: " + refused.body());
        assertEquals("application/json", refused.raw().headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    default void aDemotedAdminsLiveSessionCannotCreateAnAdmin() {
        JsonObject user = createUser("demoted" + SECURITY_RUN, "ADMIN");
        Api demoted = Api.as(local(), user.getString("username"), STRONG_PASSWORD);
        assertEquals(200, demoted.get("api/users?limit=1").status());
        Api.Reply demotion = admin().put("api/users/" + user.getInt("id") + "?version=" + user.getInt("version"),
                "{\"username\":\"" + user.getString("username") + "\",\"displayName\":\"Demoted\",\"language\":\"en\",\"roles\":[\"EXECUTIVE\"]}");
        assertEquals(200, demotion.status(), demotion.body());
        Api.Reply refused = demoted.post("api/users", "{\"username\":\"escal" + SECURITY_RUN + "\",\"displayName\":\"x\",\"language\":\"en\","
                + "\"roles\":[\"ADMIN\"],\"password\":\"" + STRONG_PASSWORD + "\"}");
        assertEquals(403, refused.status(), refused.body());
        assertEquals(200, demoted.get("api/users/me").status(), "still signed in, as an executive");
        assertEquals("[\"EXECUTIVE\"]", demoted.get("api/users/me").json().getJsonArray("roles").toString());
    }

    @Test
    default void aPasswordResetEndsTheUsersSessionsAndChangingOnesOwnKeepsTheCurrentOne() {
        JsonObject user = createUser("reset" + SECURITY_RUN, "EXECUTIVE");
        Api first = Api.as(local(), user.getString("username"), STRONG_PASSWORD);
        Api second = Api.as(local(), user.getString("username"), STRONG_PASSWORD);
        assertEquals(200, first.get("api/users/me").status());
        assertEquals(200, second.get("api/users/me").status());
        String chosen = "quatre saisons au bord du lac";
        Api.Reply change = first.post("api/users/me/password", "{\"currentPassword\":\"" + STRONG_PASSWORD + "\",\"newPassword\":\"" + chosen + "\"}");
        assertEquals(204, change.status(), change.body());
        assertEquals(200, sessionOnly(first.sessionToken(), "api/users/me").statusCode(), "the session that changed it goes on");
        assertEquals(401, sessionOnly(second.sessionToken(), "api/users/me").statusCode(), "the other session ended");

        long version = admin().get("api/users/" + user.getInt("id")).json().getInt("version");
        Api.Reply reset = admin().put("api/users/" + user.getInt("id") + "/password?version=" + version,
                "{\"newPassword\":\"" + STRONG_PASSWORD + "\"}");
        assertEquals(200, reset.status(), reset.body());
        assertEquals(401, sessionOnly(first.sessionToken(), "api/users/me").statusCode(), "an administrator's reset ends every session");
    }

    /** A client keeping only the session cookie, as README says. */
    private HttpResponse<String> sessionOnly(String sessionId, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(local() + path))
                    .header("Cookie", "terrain_session=" + sessionId).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    default void aClientKeepingOnlyTheSessionCookieStaysSignedIn() {
        Api manager = Api.as(local(), "manager", TerrainDeployment.DEMO_PASSWORD);
        assertEquals(200, manager.get("api/users/me").status());
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> reply = sessionOnly(manager.sessionToken(), "api/sites?limit=1");
            assertEquals(200, reply.statusCode(), reply.body());
        }
    }

    // ---- Signed-in users are never refused under concurrency (#11 item 3) ----

    @Test
    default void eightUsersAndAnonymousTrafficAtOnceAreNeverRefused() throws Exception {
        List<String[]> users = new ArrayList<>(List.of(new String[] {"admin", TerrainDeployment.DEMO_PASSWORD},
                new String[] {"manager", TerrainDeployment.DEMO_PASSWORD}, new String[] {"coach", TerrainDeployment.DEMO_PASSWORD},
                new String[] {"executive", TerrainDeployment.DEMO_PASSWORD}));
        for (String role : List.of("PROGRAM_MANAGER", "COACH", "EXECUTIVE", "ADMIN")) {
            String name = "load" + role.substring(0, 3).toLowerCase() + SECURITY_RUN;
            createUser(name, role);
            users.add(new String[] {name, STRONG_PASSWORD});
        }
        for (int round = 1; round <= 2; round++) {
            Map<String, Integer> unexpected = new TreeMap<>();
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<?>> work = new ArrayList<>();
            for (String[] user : users) {
                work.add(pool.submit(() -> {
                    Api api = Api.as(local(), user[0], user[1]);
                    for (int i = 0; i < 100; i++) {
                        Api.Reply reply = i % 2 == 0 ? api.get("api/users/me") : api.get("index.xhtml");
                        boolean right = reply.status() == 200 && (i % 2 == 0
                                ? reply.json().getString("username").equals(user[0])
                                : reply.body().contains(user[0]) && !reply.body().contains("loginForm"));
                        if (!right) {
                            wrong.add(user[0] + " #" + i + " " + reply.status());
                        }
                    }
                }));
            }
            for (int t = 0; t < 2; t++) {
                work.add(pool.submit(() -> {
                    Api anonymous = Api.anonymous(local());
                    for (int i = 0; i < 100; i++) {
                        int status = (i % 2 == 0 ? anonymous.get("api/sites?limit=1") : anonymous.get("login.xhtml")).status();
                        if (status != (i % 2 == 0 ? 401 : 200)) {
                            wrong.add("anonymous #" + i + " " + status);
                        }
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
            wrong.forEach(w -> unexpected.merge(w.replaceAll(" #\\d+", ""), 1, Integer::sum));
            assertTrue(wrong.isEmpty(), "round " + round + ": 0 refusals expected among 1,000 requests, got " + unexpected);
        }
    }

    /** Ten phones of one coach signing in at the same moment (each a new session), three times: none refused, none a 500. */
    @Test
    default void oneAccountSigningInFromTenPhonesAtOnceGetsTenSessions() throws Exception {
        String name = "phones" + SECURITY_RUN;
        createUser(name, "COACH");
        for (int round = 1; round <= 3; round++) {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(10);
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<Integer>> replies = new ArrayList<>();
            for (int phone = 0; phone < 10; phone++) {
                replies.add(pool.submit(() -> {
                    Api api = Api.as(local(), name, STRONG_PASSWORD);
                    together.await();
                    return api.get("api/users/me").status();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get(2, TimeUnit.MINUTES));
            }
            pool.shutdown();
            assertEquals(java.util.Collections.nCopies(10, 200), statuses, "round " + round);
        }
    }

    // ---- Same origin, uploads and limits (#11 items 4, 5, 6) ----

    @Test
    default void aCrossSiteFormCannotMakeAManagerImport() throws Exception {
        Api manager = Api.as(local(), "manager", TerrainDeployment.DEMO_PASSWORD);
        assertEquals(200, manager.get("api/users/me").status());
        HttpClient http = HttpClient.newHttpClient();
        String csv = "code,name,kind,org_unit_code\nCS" + SECURITY_RUN + ",Cross site,STORE,IDF-PAR\n";
        // What a form on another site can send: the cookie, text/plain, a foreign Origin, no custom header.
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(local() + "api/sites/import"))
                .header("Cookie", "terrain_session=" + manager.sessionToken()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, form.statusCode(), form.body());
        assertTrue(form.body().contains("\"code\":\"error.sameOriginHeader\""), form.body());
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create(local() + "api/sites/import"))
                .header("Cookie", "terrain_session=" + manager.sessionToken()).header("Content-Type", "text/csv")
                .header("X-Requested-With", "x").header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("\"code\":\"error.crossOrigin\""), foreign.body());
        assertEquals(415, manager.postBytes("api/sites/import", "text/plain", csv.getBytes()).status(), "imports take text/csv only");
        assertEquals(0, manager.get("api/sites?q=cs" + SECURITY_RUN).json().getInt("total"), "no site was created");
    }

    @Test
    default void aCoachsUploadIsRefusedBeforeItIsReadAndBodiesHaveALimit() {
        Api coach = Api.as(local(), "coach", TerrainDeployment.DEMO_PASSWORD);
        assertEquals(200, coach.get("api/users/me").status());
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(twoMegabytes, (byte) 'a');
        // Expect: 100-continue, as a careful client sends a large body: the answer comes before the body is asked for.
        HttpResponse<String> sites = expectingContinue(coach.sessionToken(), "api/sites/import", "text/csv", twoMegabytes);
        assertEquals(403, sites.statusCode(), sites.body());
        HttpResponse<String> measurements = expectingContinue(coach.sessionToken(), "api/indicators/measurements/import", "text/csv", twoMegabytes);
        assertEquals(403, measurements.statusCode(), measurements.body());
        Api manager = Api.as(local(), "manager", TerrainDeployment.DEMO_PASSWORD);
        assertEquals(200, manager.get("api/users/me").status());
        HttpResponse<String> json = expectingContinue(manager.sessionToken(), "api/sites", "application/json", twoMegabytes);
        assertEquals(413, json.statusCode(), json.body());
        assertTrue(json.body().contains("\"status\":413"), json.body());
    }

    private HttpResponse<String> expectingContinue(String sessionId, String path, String contentType, byte[] body) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(local() + path))
                    .expectContinue(true).header("Cookie", "terrain_session=" + sessionId).header("X-Requested-With", "tests")
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Sign-in throttling and passwords (#11 items 7, 8) ----

    @Test
    default void concurrentWrongGuessesAreAllCountedAndThenEvenTheRightPasswordWaits() throws Exception {
        String username = "guess" + SECURITY_RUN;
        createUser(username, "EXECUTIVE");
        String attacker = "10.77.0." + (System.nanoTime() % 200 + 1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int n = i;
            guesses.add(pool.submit(() -> Api.from(local(), attacker, username, "wrong guess " + n).get("api/users/me").status()));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Integer> g : guesses) {
            statuses.merge(g.get(2, TimeUnit.MINUTES), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(java.util.Set.of(401, 429), statuses.keySet(), "only refusals, never a 500: " + statuses);
        assertTrue(statuses.get(401) <= 8, "five free failures, then at most a few more as the waits run out: " + statuses);
        Api.Reply right = Api.from(local(), attacker, username, STRONG_PASSWORD).get("api/users/me");
        assertEquals(429, right.status(), "the right password waits too: " + right.body());
        assertTrue(Integer.parseInt(right.raw().headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertEquals(200, Api.from(local(), "10.78.0.1", username, STRONG_PASSWORD).get("api/users/me").status(),
                "the account is not locked: its holder signs in from their own address");
    }

    @Test
    default void unknownDeactivatedAndActiveAccountsTakeTheSameWork() {
        JsonObject off = createUser("off" + SECURITY_RUN, "EXECUTIVE");
        admin().put("api/users/" + off.getInt("id") + "/active?active=false&version=" + off.getInt("version"), "");
        long active = medianMillis("10.79.1.", "manager", "not the password");
        long unknown = medianMillis("10.79.2.", "nobody" + SECURITY_RUN, "not the password");
        long deactivated = medianMillis("10.79.3.", "off" + SECURITY_RUN, STRONG_PASSWORD);
        // One PBKDF2 hash (about 150 ms) on every path; the enumeration seen before was 0.8 ms against 61 ms.
        assertTrue(unknown * 3 > active && deactivated * 3 > active,
                "active " + active + " ms, unknown " + unknown + " ms, deactivated " + deactivated + " ms");
    }

    private long medianMillis(String addressPrefix, String username, String password) {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            assertEquals(401, Api.from(local(), addressPrefix + (i + 1), username, password).get("api/users/me").status());
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(times);
        return times[2];
    }

    @Test
    default void weakPasswordsAreRefusedWithTheirReason() {
        Map<String, String> refused = Map.of("1234567890", "user.password.tooShort", "aaaaaaaaaaaa", "user.password.tooGuessable",
                "1qaz2wsx3edc", "user.password.common", "weak" + SECURITY_RUN + "-2026", "user.password.namesUser",
                "terrain-terrain", "user.password.namesUser");
        refused.forEach((password, code) -> {
            Api.Reply reply = admin().post("api/users", "{\"username\":\"weak" + SECURITY_RUN + "\",\"displayName\":\"Weak\",\"language\":\"en\","
                    + "\"roles\":[\"COACH\"],\"password\":\"" + password + "\"}");
            assertEquals(400, reply.status(), password);
            assertEquals(code, reply.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"), password);
        });
    }

    @Test
    default void anAccountWhosePasswordWasSetForItMustChooseItsOwnFirst() throws Exception {
        JsonObject user = createUser("first" + SECURITY_RUN, "ADMIN");
        try (Connection db = DriverManager.getConnection(System.getProperty("terrain.test.db.url"),
                System.getProperty("terrain.test.db.user"), System.getProperty("terrain.test.db.password"));
             PreparedStatement flag = db.prepareStatement("UPDATE platform_user SET password_must_change = TRUE WHERE id = ?")) {
            flag.setLong(1, user.getInt("id"));
            assertEquals(1, flag.executeUpdate());
        }
        Api first = Api.as(local(), user.getString("username"), STRONG_PASSWORD);
        Api.Reply blocked = first.get("api/users?limit=1");
        assertEquals(403, blocked.status());
        assertEquals("error.passwordMustChange", blocked.json().getString("code"));
        assertEquals(200, first.get("api/users/me").status());
        Api.Reply same = first.post("api/users/me/password", "{\"currentPassword\":\"" + STRONG_PASSWORD + "\",\"newPassword\":\"1234567890\"}");
        assertEquals(400, same.status());
        assertEquals(204, first.post("api/users/me/password", "{\"currentPassword\":\"" + STRONG_PASSWORD
                + "\",\"newPassword\":\"lanterne rouge et ciel clair\"}").status());
        assertEquals(200, first.get("api/users?limit=1").status());
    }

    // ---- Headers (#11 item 10) ----

    @Test
    default void everyAnswerCarriesTheSecurityHeaders() {
        Api.Reply page = Api.anonymous(local()).get("login.xhtml");
        var headers = page.raw().headers();
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}';?$"), csp);
        assertFalse(csp.contains("unsafe-inline' 'nonce") || csp.replaceAll(".*script-src", "").contains("unsafe"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElseThrow());
        assertEquals("no-store", headers.firstValue("Cache-Control").orElseThrow());
        assertFalse(headers.allValues("Server").stream().anyMatch(s -> s.contains("Payara")), headers.allValues("Server").toString());
        Api.Reply api = Api.as(local(), "manager", TerrainDeployment.DEMO_PASSWORD).get("api/users/me");
        String cookie = api.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("terrain_session=")).findFirst().orElseThrow();
        assertTrue(cookie.matches("terrain_session=[A-Za-z0-9_-]{43}; Path=/terrain; HttpOnly; SameSite=Lax"), cookie);
        assertEquals("no-store", api.raw().headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(api.raw().headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'"));
    }

    // ---- Stored XSS through charts, and the CSP as a second wall (#11 item 1) ----

    @Test
    default void aChartLabelCannotRunScriptAndNoScreenBreaksTheContentSecurityPolicy() {
        // Every screen an administrator opens is visited below; the coach's day page in PhonePageChecks's phone run.
        String payload = "</script><script>window.terrainPwned=1;$.post('/terrain/api/users')//";
        Api coach = Api.as(local(), "coach", TerrainDeployment.DEMO_PASSWORD);
        JsonObject existing = coach.get("api/diagnostics/campaigns/1/frictions").jsonArray().getJsonObject(0);
        Api.Reply friction = coach.post("api/diagnostics/campaigns/1/frictions", "{\"stepId\":" + existing.getInt("stepId")
                + ",\"cause\":\"TECHNICAL\",\"title\":\"" + payload.replace("\"", "\\\"") + "\",\"description\":\"XSS probe\",\"severity\":4,"
                // Observed where the demo's first friction was, so it counts in the Pareto chart.
                + "\"observationIds\":" + existing.getJsonArray("observationIds") + ",\"verbatimIds\":[],\"kpiCodes\":[]}");
        assertEquals(201, friction.status(), friction.body());
        try (Browser browser = Browser.open(local())) {
            browser.signIn("admin", TerrainDeployment.DEMO_PASSWORD);
            browser.cspViolations();
            browser.open("diagnostics/campaign.xhtml?id=1");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.tagName("canvas")).isEmpty());
            browser.waitForAjax();
            assertNull(browser.script("return window.terrainPwned;"), "the label's script never ran");
            assertTrue((Boolean) browser.script("return document.querySelectorAll('canvas').length > 0;"), "the charts still draw");
            assertEquals(Boolean.TRUE, browser.script("return PrimeFaces.widgets['widget_tabs_stakeList_pareto'].cfg.config.data.labels"
                    + ".indexOf(arguments[0]) >= 0;", payload), "the Pareto chart shows the title as plain text");
            // A site named with the payload, measured: its KPI chart page draws the name as a series label, as text.
            Api manager = Api.as(local(), "manager", TerrainDeployment.DEMO_PASSWORD);
            String code = "XSS" + SECURITY_RUN.toUpperCase();
            Api.Reply site = manager.post("api/sites", Json.createObjectBuilder().add("code", code).add("name", payload)
                    .add("kind", "STORE").add("orgUnitCode", "IDF-PAR").build().toString());
            assertEquals(201, site.status(), site.body());
            Api.Reply measured = manager.postCsv("api/indicators/measurements/import",
                    "site_code,kpi_code,period_start,value\n" + code + ",CSAT,2026-11-02,4.1\n" + code + ",CSAT,2026-11-09,4.3\n");
            assertEquals(200, measured.status(), measured.body());
            browser.open("indicators/chart.xhtml?scope=SITE&key=" + site.json().getJsonNumber("id"));
            browser.find(By.cssSelector("#chartForm\\:chart canvas"));
            browser.waitForAjax();
            assertNull(browser.script("return window.terrainPwned;"), "the site name's script never ran");
            assertEquals(Boolean.TRUE, browser.script("return PrimeFaces.widgets['widget_chartForm_chart'].cfg.config.data.datasets"
                    + ".map(function (d) { return d.label; }).indexOf(arguments[0]) >= 0;", payload), "the chart shows the site name as text");

            List<String> violations = new ArrayList<>(browser.cspViolations());
            for (String screen : List.of("index.xhtml", "network/sites.xhtml", "indicators/chart.xhtml", "indicators/kpis.xhtml",
                    "pilots/pilots.xhtml", "pilots/pilot.xhtml?id=1", "coaches/roster.xhtml", "coaches/calendar.xhtml",
                    "coaches/planning.xhtml", "diagnostics/campaigns.xhtml", "diagnostics/journeys.xhtml", "admin/users.xhtml",
                    "admin/audit.xhtml", "account/password.xhtml", "network/import.xhtml", "indicators/import.xhtml",
                    "network/site.xhtml?id=" + site.json().getJsonNumber("id"), "coaches/visits.xhtml", "diagnostics/observe.xhtml?campaign=1",
                    "waves/plans.xhtml", "waves/plan.xhtml?id=1")) {
                browser.open(screen);
                browser.waitForAjax();
                violations.addAll(browser.cspViolations().stream().map(v -> screen + ": " + v).toList());
            }
            assertEquals(List.of(), violations);
        }
    }

    @Test
    default void aWrongPasswordOnTheLoginPageShowsTheAppsMessage() {
        try (Browser browser = Browser.open(local())) {
            browser.open("login.xhtml");
            browser.type(By.id("loginForm:username"), "manager");
            browser.type(By.id("loginForm:password"), "not the password");
            browser.click(By.id("loginForm:signIn"));
            browser.waitForText(By.id("loginForm:loginMessages"), "Unknown username or wrong password.");
            assertFalse(browser.bodyText().contains("HTTP Status"), browser.bodyText());
            assertTrue(browser.cspViolations().isEmpty());
        }
    }

    // ---- Input handling (#11 item 11) ----

    @Test
    default void numbersOutOfRangeAndOverlongTextAreRefusedBeforeAnythingIsStored() {
        Api manager = Api.as(local(), "manager", TerrainDeployment.DEMO_PASSWORD);
        String code = "INF" + SECURITY_RUN.toUpperCase();
        Api.Reply infinite = manager.post("api/indicators/kpis", "{\"code\":\"" + code + "\",\"nameFr\":\"Infini\",\"nameEn\":\"Infinite\","
                + "\"unit\":\"pts\",\"direction\":\"HIGHER_IS_BETTER\",\"aggregation\":\"MEAN\",\"minValue\":-1e999,\"maxValue\":100,"
                + "\"granularity\":\"WEEK\"}");
        assertEquals(400, infinite.status(), infinite.body());
        assertEquals("minValue", infinite.json().getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
        assertFalse(infinite.body().contains("java") || infinite.body().contains("Exception"), "no internal names: " + infinite.body());
        for (String role : List.of("manager", "executive", "coach")) {
            Api.Reply kpis = Api.as(local(), role, TerrainDeployment.DEMO_PASSWORD).get("api/indicators/kpis");
            assertEquals(200, kpis.status(), role);
            assertFalse(kpis.body().contains(code), "nothing was stored");
        }

        Api.Reply hugeId = manager.post("api/coaches/assignments", "{\"coachId\":123456789012345678901234567890,\"siteId\":1,"
                + "\"startsOn\":\"2026-01-05\"}");
        assertEquals(400, hugeId.status(), hugeId.body());
        assertEquals("coachId", hugeId.json().getJsonArray("fieldErrors").getJsonObject(0).getString("field"));

        String sampled = manager.get("api/diagnostics/campaigns/1/sample").jsonArray().getJsonObject(0).getString("code");
        JsonObject verbatim = Json.createObjectBuilder().add("siteCode", sampled).add("receivedOn", "2026-11-02").add("channel", "STORE")
                .add("text", "Très bon accueil").add("category", "c".repeat(65)).build();
        Api.Reply longCategory = manager.post("api/diagnostics/campaigns/1/verbatims", verbatim.toString());
        assertEquals(400, longCategory.status(), longCategory.body());
        assertEquals(List.of("category"), longCategory.json().getJsonArray("fieldErrors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList());
    }

    // ---- Data safety (#11 item 13) ----

    @Test
    default void concurrentAssignmentsOfOneCoachToOneSiteLeaveExactlyOneAndEndingOneNeedsItsVersion() throws Exception {
        Api manager = Api.as(local(), "manager", TerrainDeployment.DEMO_PASSWORD);
        long coachId = manager.get("api/coaches").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        long siteId = manager.get("api/coaches/coverage/uncovered").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        String draft = "{\"coachId\":" + coachId + ",\"siteId\":" + siteId + ",\"startsOn\":\"2031-03-03\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> tries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tries.add(pool.submit(() -> Api.as(local(), "manager", TerrainDeployment.DEMO_PASSWORD).post("api/coaches/assignments", draft).status()));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Integer> t : tries) {
            statuses.merge(t.get(2, TimeUnit.MINUTES), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(Map.of(201, 1, 400, 7), statuses, "one assignment, seven refused as overlapping");
        JsonObject assignment = manager.get("api/coaches/assignments?coach=" + coachId + "&from=2031-03-03&to=2031-03-03").jsonArray()
                .stream().map(v -> v.asJsonObject()).filter(a -> a.getJsonNumber("siteId").longValue() == siteId).findFirst().orElseThrow();
        long version = assignment.getJsonNumber("version").longValue();
        String end = "api/coaches/assignments/" + assignment.getJsonNumber("id") + "/end?on=2031-06-30&version=";
        assertEquals(409, manager.post(end + (version + 1), "").status(), "a stale version is refused");
        Api.Reply ended = manager.post(end + version, "");
        assertEquals(200, ended.status(), ended.body());
        assertEquals("2031-06-30", ended.json().getString("endsOn"));
    }

    @Test
    default void aSitesContextIsNeverOverwrittenUnseen() {
        Api coach = Api.as(local(), "coach", TerrainDeployment.DEMO_PASSWORD);
        long siteId = coach.get("api/diagnostics/campaigns/1/sample").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        String day = "2026-11-" + (10 + (int) (System.nanoTime() % 15));
        String first = "{\"siteId\":" + siteId + ",\"observedOn\":\"" + day + "\",\"staffPresent\":3,\"roles\":\"Accueil " + SECURITY_RUN + "\"}";
        Api.Reply created = coach.put("api/diagnostics/campaigns/1/contexts", first);
        assertEquals(200, created.status(), created.body());
        Api.Reply unseen = Api.as(local(), "manager", TerrainDeployment.DEMO_PASSWORD).put("api/diagnostics/campaigns/1/contexts",
                first.replace("\"staffPresent\":3", "\"staffPresent\":9"));
        assertEquals(409, unseen.status(), "a second record of the same site and day without the version read: " + unseen.body());
        long version = created.json().getJsonNumber("version").longValue();
        Api.Reply seen = coach.put("api/diagnostics/campaigns/1/contexts",
                first.replace("\"staffPresent\":3", "\"staffPresent\":4").replace("}", ",\"version\":" + version + "}"));
        assertEquals(200, seen.status(), seen.body());
        assertEquals(4, seen.json().getInt("staffPresent"));
    }
}
