package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Pilots through REST on MariaDB: Card & Krueger as a pilot, and matched controls on the demo network. */
interface PilotsApiChecks extends DeployedTerrain {

    String RUN = TestRun.id().toUpperCase();

    private Api manager() {
        return Api.signedIn(base(), "manager", TerrainDeployment.DEMO_PASSWORD);
    }

    /**
     * #15 item 11: listing pilots reads each of a pilot's seven collections for all pilots at once (EclipseLink batch
     * reading), not seven queries per pilot. Counted on MariaDB's own SELECT counter, the fewest of three lists (other
     * work of the server can only add to a count).
     */
    @Test
    default void thePilotListReadsEachCollectionOnceForAllPilots() throws Exception {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (manager().get("api/pilots").jsonArray().size() < 6) {
            assertEquals(201, manager().post("api/pilots", pilot("Liste " + RUN, "WAIT_TIME", monday.minusWeeks(11),
                    monday.minusWeeks(6).plusDays(6), monday.minusWeeks(5), monday.plusDays(6), "-1.5")).status());
        }
        int pilots = manager().get("api/pilots").jsonArray().size();
        try (Connection db = DriverManager.getConnection(System.getProperty("terrain.test.db.url"),
                System.getProperty("terrain.test.db.user"), System.getProperty("terrain.test.db.password"))) {
            long fewest = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long before = selects(db);
                assertEquals(200, manager().get("api/pilots").status());
                fewest = Math.min(fewest, selects(db) - before);
            }
            // 8 for the pilots and their collections, a few for the session and the caller's rights; read lazily,
            // it would be 1 + 7 per pilot (43 and more here).
            assertTrue(fewest <= 16, fewest + " SELECTs to list " + pilots + " pilots");
        }
    }

    private static long selects(Connection db) throws java.sql.SQLException {
        try (var statement = db.createStatement(); var rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
            rows.next();
            return rows.getLong(2);
        }
    }

    private static String pilot(String name, String kpi, LocalDate bf, LocalDate bt, LocalDate pf, LocalDate pt, String target) {
        return "{\"name\":\"" + name + "\",\"hypothesis\":\"Raising the minimum wage does not cut jobs\",\"baselineFrom\":\"" + bf
                + "\",\"baselineTo\":\"" + bt + "\",\"pilotFrom\":\"" + pf + "\",\"pilotTo\":\"" + pt + "\","
                + "\"improvements\":[{\"kind\":\"PROCESS\",\"description\":\"New staffing rule\"}],"
                + "\"team\":[{\"name\":\"Alex Martin\"}],\"directorates\":[{\"directorate\":\"HR\",\"contact\":\"Sam Durand\","
                + "\"part\":\"Pay scales\"}],\"kpis\":[{\"kpiCode\":\"" + kpi + "\",\"primary\":true,\"targetEffect\":" + target + "}]}";
    }

    /** Launches the pilot, then says its window is over; returns the pilot's version after that. */
    private long launchAndMeasure(long id, LocalDate launchedOn, LocalDate measuredOn) {
        long version = manager().get("api/pilots/" + id).json().getJsonNumber("version").longValue();
        Api.Reply running = manager().post("api/pilots/" + id + "/status?version=" + version,
                "{\"status\":\"RUNNING\",\"effectiveOn\":\"" + launchedOn + "\"}");
        assertEquals(200, running.status(), running.body());
        Api.Reply measured = manager().post("api/pilots/" + id + "/status?version=" + running.json().getJsonNumber("version"),
                "{\"status\":\"MEASURED\",\"effectiveOn\":\"" + measuredOn + "\"}");
        assertEquals(200, measured.status(), measured.body());
        return measured.json().getJsonNumber("version").longValue();
    }

    @Test
    default void cardAndKruegerAsAPilotShowsThePublishedLift() throws Exception {
        CardKrueger.Sites ck = CardKrueger.load(base(), "CKP" + RUN);
        Api.Reply created = manager().post("api/pilots", pilot("Salaire minimum " + RUN, "STAFF_FTE", LocalDate.of(1992, 2, 1),
                LocalDate.of(1992, 3, 31), LocalDate.of(1992, 11, 1), LocalDate.of(1992, 12, 31), "1"));
        assertEquals(201, created.status(), created.body());
        JsonObject pilot = created.json();
        long id = pilot.getJsonNumber("id").longValue();
        Api.Reply placed = manager().put("api/pilots/" + id + "/sites?version=" + pilot.getJsonNumber("version"),
                "{\"pilotSiteIds\":" + ck.newJersey() + ",\"controlSiteIds\":" + ck.pennsylvania() + "}");
        assertEquals(200, placed.status(), placed.body());
        JsonObject result = manager().get("api/pilots/" + id + "/results").json().getJsonArray("kpis").getJsonObject(0);
        JsonObject balanced = result.getJsonObject("balanced");
        assertEquals(2.75, Math.round(balanced.getJsonNumber("difference").doubleValue() * 100) / 100.0);
        assertEquals(1.34, Math.round(balanced.getJsonNumber("standardError").doubleValue() * 100) / 100.0);
        assertEquals("IMPROVED", balanced.getString("verdict"));
        assertEquals(2.76, result.getJsonObject("allSites").getJsonNumber("difference").doubleValue(), 0.01);
        assertEquals(409, manager().put("api/pilots/" + id + "/sites?version=" + pilot.getJsonNumber("version"),
                "{\"pilotSiteIds\":[],\"controlSiteIds\":[]}").status(), "a stale version is refused");

        // Felt by the teams (mean 4.33 against 3.5) and measured: the rule passes, the pilot is validated as is.
        for (int score : new int[] {4, 5, 4}) {
            Api.Reply r = manager().post("api/pilots/" + id + "/perception", "{\"siteId\":" + ck.newJersey().get(score) + ","
                    + "\"respondedOn\":\"1992-12-15\",\"scores\":[" + score + "],\"recommend\":8,\"comment\":\"Moins de turnover\"}");
            assertEquals(200, r.status(), r.body());
        }
        assertEquals(400, manager().post("api/pilots/" + id + "/perception", "{\"siteId\":" + ck.pennsylvania().get(0)
                + ",\"respondedOn\":\"1992-12-15\",\"scores\":[6],\"recommend\":11}").status(), "a control site, out-of-range scores");
        JsonObject perception = manager().get("api/pilots/" + id + "/perception").json();
        assertEquals(13.0 / 3, perception.getJsonNumber("meanScore").doubleValue(), 1e-9);
        assertTrue(perception.getBoolean("felt"));
        assertTrue(manager().get("api/pilots/" + id + "/gate").json().getBoolean("passes"));
        long version = manager().get("api/pilots/" + id).json().getJsonNumber("version").longValue();
        Api.Reply early = manager().post("api/pilots/" + id + "/decision?version=" + version, "{\"outcome\":\"VALIDATED\",\"override\":false}");
        assertEquals(400, early.status(), "a pilot still in design is not decided");
        assertEquals("pilot.decision.notMeasured", early.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));
        version = launchAndMeasure(id, LocalDate.of(1992, 11, 1), LocalDate.of(1993, 1, 4));
        JsonArray history = manager().get("api/pilots/" + id).json().getJsonArray("history");
        assertEquals(List.of("DESIGN", "RUNNING", "MEASURED"), history.stream().map(h -> h.asJsonObject().getString("status")).toList());
        assertEquals("1992-11-01", history.getJsonObject(1).getString("effectiveOn"));
        assertEquals("1992-11-01", history.getJsonObject(0).getString("effectiveOn"), "designed at the latest when it was launched");
        assertEquals("manager", history.getJsonObject(2).getString("recordedBy"));
        Api.Reply decided = manager().post("api/pilots/" + id + "/decision?version=" + version,
                "{\"outcome\":\"VALIDATED\",\"override\":false}");
        assertEquals(201, decided.status(), decided.body());
        assertTrue(decided.json().getString("evidence").contains("\"difference\":2.7"), "the evidence is frozen with the result");
        assertEquals("VALIDATED", manager().get("api/pilots/" + id).json().getString("status"));
        assertEquals(1, manager().get("api/pilots/" + id + "/decisions").jsonArray().size());
        Api.Reply evidence = Api.as(base(), "executive", TerrainDeployment.DEMO_PASSWORD).get("api/pilots/" + id + "/decisions/"
                + decided.json().getJsonNumber("id") + "/evidence");
        assertEquals(200, evidence.status());
        assertEquals(2.75, Math.round(evidence.json().getJsonObject("results").getJsonArray("kpis").getJsonObject(0)
                .getJsonObject("balanced").getJsonNumber("difference").doubleValue() * 100) / 100.0, "the frozen evidence reads back");
        JsonObject validated = manager().get("api/pilots/" + id).json();
        Api.Reply closed = manager().put("api/pilots/" + id + "/sites?version=" + validated.getJsonNumber("version"),
                "{\"pilotSiteIds\":[],\"controlSiteIds\":[]}");
        assertEquals(400, closed.status(), "a validated pilot keeps the sites it was measured on");
        assertEquals("pilot.closed", closed.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));

        // The validated pilot becomes a package: a draft, then published (immutable), then a new version as a copy.
        Api.Reply draft = manager().post("api/pilots/" + id + "/packages", "");
        assertEquals(201, draft.status(), draft.body());
        JsonObject v1 = draft.json();
        assertEquals(1, v1.getInt("versionNo"));
        assertEquals("STAFF_FTE", v1.getJsonArray("kpis").getJsonObject(0).getString("kpiCode"));
        long packageId = v1.getJsonNumber("id").longValue();
        assertEquals(400, manager().post("api/pilots/packages/" + packageId + "/publish?version=" + v1.getJsonNumber("version"), "").status(),
                "no step, no publication");
        String body = "{\"name\":\"Effectifs au salaire minimum\",\"processes\":\"Planning à effectif constant\",\"tools\":\"Grille\","
                + "\"management\":\"Point hebdomadaire\",\"kpis\":[{\"kpiCode\":\"STAFF_FTE\",\"targetValue\":21}],"
                + "\"steps\":[{\"description\":\"Revoir les plannings\",\"ownerRole\":\"Directeur\",\"expectedDays\":10,"
                + "\"evidence\":\"Planning signé\"},{\"description\":\"Former les équipes\",\"ownerRole\":\"RH\",\"expectedDays\":0,"
                + "\"evidence\":\"\"}]}";
        Api.Reply badSteps = manager().put("api/pilots/packages/" + packageId + "?version=" + v1.getJsonNumber("version"), body);
        assertEquals(400, badSteps.status());
        assertEquals(List.of("steps[2].expectedDays", "steps[2].evidence"), badSteps.json().getJsonArray("fieldErrors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList());
        String valid = body.replace("\"expectedDays\":0,\"evidence\":\"\"", "\"expectedDays\":5,\"evidence\":\"Feuille d'émargement\"");
        JsonObject written = manager().put("api/pilots/packages/" + packageId + "?version=" + v1.getJsonNumber("version"), valid).json();
        assertEquals(2, written.getJsonArray("steps").size());
        JsonObject published = manager().post("api/pilots/packages/" + packageId + "/publish?version=" + written.getJsonNumber("version"), "")
                .json();
        assertTrue(published.getBoolean("published"));
        Api.Reply frozen = manager().put("api/pilots/packages/" + packageId + "?version=" + published.getJsonNumber("version"), body);
        assertEquals(400, frozen.status());
        assertEquals("package.published", frozen.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));
        JsonObject v2 = manager().post("api/pilots/packages/" + packageId + "/versions", "").json();
        assertEquals(2, v2.getInt("versionNo"));
        assertTrue(!v2.getBoolean("published"));
        assertEquals(written.getJsonArray("steps"), v2.getJsonArray("steps"), "a new version starts as a copy");
        assertEquals(400, manager().post("api/pilots/packages/" + packageId + "/versions", "").status(), "one draft at a time");
        long v2Id = v2.getJsonNumber("id").longValue();
        // Two managers read v2; the first changes a step and saves; the second's save from the same read is refused.
        assertEquals(200, manager().put("api/pilots/packages/" + v2Id + "?version=" + v2.getJsonNumber("version"),
                valid.replace("Revoir les plannings", "Revoir tous les plannings")).status());
        assertEquals(409, manager().put("api/pilots/packages/" + v2Id + "?version=" + v2.getJsonNumber("version"),
                valid.replace("Grille", "Grille v2")).status(), "a save from a stale read is refused, not silently applied");
        assertTrue(manager().get("api/pilots/packages").jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getJsonNumber("id").longValue() == packageId), "published for the rollout");

        // The package tab shows both versions and edits the draft.
        try (Browser browser = Browser.open(base())) {
            browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
            browser.open("pilots/pilot.xhtml?id=" + id);
            browser.click(By.xpath("//a[normalize-space()='Package']"));
            String versions = browser.find(By.id("tabs:packageForm:versions")).getText();
            assertTrue(versions.contains("v1") && versions.contains("v2"), versions);
            assertEquals(2, browser.driver.findElements(By.cssSelector("#tabs\\:packageForm\\:steps_data > tr")).size());
            browser.click(By.id("tabs:packageForm:addStep"));
            browser.waitForAjax();
            assertEquals(3, browser.driver.findElements(By.cssSelector("#tabs\\:packageForm\\:steps_data > tr")).size());
            browser.click(By.id("tabs:packageForm:savePackage"));
            browser.waitForText(By.id("messages"), "Package enregistré");
            browser.screenshot("pilot-package");
        }
    }

    @Test
    default void controlsAreMatchedOnTheDemoNetworkWithBalanceMdeAndPlacebo() {
        LocalDate lastMonday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        Api.Reply created = manager().post("api/pilots", pilot("Accueil " + RUN, "WAIT_TIME", lastMonday.minusWeeks(11),
                lastMonday.minusWeeks(6).plusDays(6), lastMonday.minusWeeks(5), lastMonday.plusDays(6), "-1.5"));
        assertEquals(201, created.status(), created.body());
        JsonObject pilot = created.json();
        long id = pilot.getJsonNumber("id").longValue();
        List<Long> pilotSites = new ArrayList<>();
        // Demo stores (codes S0001…), which have a year of weekly wait times; other tests add stores without any.
        List<Long> demoStores = manager().get("api/sites?kind=STORE&limit=100&sort=code&q=s0").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("code").matches("S\\d{4}"))
                .map(s -> s.getJsonNumber("id").longValue()).toList();
        for (int i = 0; i < 4; i++) {
            pilotSites.add(demoStores.get(i * 5));
        }
        JsonObject withPilots = manager().put("api/pilots/" + id + "/sites?version=" + pilot.getJsonNumber("version"),
                "{\"pilotSiteIds\":" + pilotSites + ",\"controlSiteIds\":[]}").json();

        JsonObject proposal = manager().post("api/pilots/" + id + "/controls/proposal?perPilot=2", "").json();
        JsonObject controls = proposal.getJsonObject("controls");
        Set<Long> chosen = new HashSet<>();
        for (Long site : pilotSites) {
            JsonArray matched = controls.getJsonArray(String.valueOf(site));
            assertEquals(2, matched.size(), "two controls for pilot site " + site);
            matched.forEach(v -> chosen.add(((jakarta.json.JsonNumber) v).longValue()));
        }
        assertEquals(8, chosen.size(), "a control serves one pilot site");
        for (Long control : chosen) {
            assertTrue(!pilotSites.contains(control));
            assertEquals("STORE", manager().get("api/sites/" + control).json().getString("kind"), "same kind as the pilot sites");
        }
        JsonArray balance = proposal.getJsonArray("balance");
        assertEquals(List.of("WAIT_TIME LEVEL", "WAIT_TIME TREND"), balance.stream().map(JsonValue::asJsonObject)
                .map(b -> b.getString("kpiCode") + " " + b.getString("measure")).toList());
        assertTrue(proposal.getJsonArray("warnings").stream().noneMatch(w -> w.toString().contains("fewSites")));

        JsonObject placed = manager().put("api/pilots/" + id + "/sites?version=" + withPilots.getJsonNumber("version"),
                "{\"pilotSiteIds\":" + pilotSites + ",\"controlSiteIds\":" + new ArrayList<>(chosen) + "}").json();
        assertEquals(8, placed.getJsonArray("controlSiteIds").size());

        // Another pilot treating those controls over the same windows: they are proposed no more, other matches are.
        JsonObject other = manager().post("api/pilots", pilot("Contamination " + RUN, "WAIT_TIME", lastMonday.minusWeeks(11),
                lastMonday.minusWeeks(6).plusDays(6), lastMonday.minusWeeks(5), lastMonday.plusDays(6), "-1.5")).json();
        long otherId = other.getJsonNumber("id").longValue();
        Api.Reply treating = manager().put("api/pilots/" + otherId + "/sites?version=" + other.getJsonNumber("version"),
                "{\"pilotSiteIds\":" + new ArrayList<>(chosen) + ",\"controlSiteIds\":[]}");
        assertEquals(200, treating.status(), treating.body());
        JsonObject again = manager().post("api/pilots/" + id + "/controls/proposal?perPilot=2", "").json().getJsonObject("controls");
        Set<Long> rematched = new HashSet<>();
        for (Long site : pilotSites) {
            again.getJsonArray(String.valueOf(site)).forEach(v -> rematched.add(((jakarta.json.JsonNumber) v).longValue()));
        }
        assertEquals(8, rematched.size(), "still two controls per pilot site");
        assertTrue(java.util.Collections.disjoint(chosen, rematched), "none of them treated by the other pilot: " + rematched);
        // The other pilot gives its sites back, so later proposals in the suite are not narrowed by it.
        assertEquals(200, manager().put("api/pilots/" + otherId + "/sites?version=" + treating.json().getJsonNumber("version"),
                "{\"pilotSiteIds\":[],\"controlSiteIds\":[]}").status());
        JsonObject check = manager().get("api/pilots/" + id + "/check").json().getJsonArray("kpis").getJsonObject(0);
        double mde = check.getJsonNumber("minimumDetectableEffect").doubleValue();
        JsonObject placebo = check.getJsonObject("placebo");
        assertEquals(2.8016, mde / placebo.getJsonNumber("standardError").doubleValue(), 1e-3, "2.80 standard errors of the placebo");
        assertTrue(mde > 0);
        assertEquals(mde <= 1.5, check.getBoolean("targetDetectable"));
        JsonObject results = manager().get("api/pilots/" + id + "/results").json().getJsonArray("kpis").getJsonObject(0);
        assertEquals(4, results.getJsonObject("balanced").getJsonObject("treated").getInt("changeSites"));

        // The pilot page: sites and balance, the check before launch, results with the chart of both groups.
        try (Browser browser = Browser.open(base())) {
            browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
            browser.open("pilots/pilot.xhtml?id=" + id);
            browser.click(By.xpath("//a[normalize-space()='Sites et témoins']"));
            assertTrue(browser.find(By.id("controlSiteNames")).getText().split(",").length == 8);
            browser.click(By.id("tabs:sitesForm:propose"));
            browser.find(By.id("tabs:sitesForm:proposalTable"));
            browser.screenshot("pilot-proposal");
            browser.click(By.xpath("//a[normalize-space()='Résultats']"));
            browser.find(By.cssSelector("#tabs\\:resultsTab canvas"));
            assertTrue(browser.bodyText().contains("Temps d'attente client ★ —"), "the result is headed by the KPI's name, not its code");
            browser.screenshot("pilot-results");
        }

        // Launched, then measured; not measured as improved (demo noise): validating needs an override with a written rationale.
        long before = manager().get("api/pilots/" + id).json().getJsonNumber("version").longValue();
        Api.Reply skipped = manager().post("api/pilots/" + id + "/status?version=" + before, "{\"status\":\"MEASURED\",\"effectiveOn\":\""
                + lastMonday + "\"}");
        assertEquals(400, skipped.status(), "a pilot in design is launched before it is measured");
        assertEquals("pilot.status.move", skipped.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));
        assertEquals(400, manager().post("api/pilots/" + id + "/status?version=" + before, "{\"status\":\"VALIDATED\",\"effectiveOn\":\""
                + lastMonday + "\"}").status(), "validation goes through the decision gate");
        long version = launchAndMeasure(id, lastMonday.minusWeeks(5), lastMonday.plusWeeks(1));
        boolean passes = manager().get("api/pilots/" + id + "/gate").json().getBoolean("passes");
        assertTrue(!passes, "no perception recorded yet: the rule cannot pass");
        Api.Reply refused = manager().post("api/pilots/" + id + "/decision?version=" + version, "{\"outcome\":\"VALIDATED\",\"override\":false}");
        assertEquals(400, refused.status());
        JsonArray notImproved = manager().get("api/pilots/" + id + "/gate").json().getJsonArray("primaryNotImproved");
        JsonObject refusal = refused.json().getJsonArray("fieldErrors").getJsonObject(0);
        // The refusal names what failed and only that: no perception collected, and the KPIs the gate lists if any.
        assertEquals(notImproved.isEmpty() ? "pilot.gate.noPerception" : "pilot.gate.notImprovedNoPerception", refusal.getString("code"));
        assertEquals(notImproved.isEmpty() ? "the rule is not met: the teams' perception has not been collected: validate only with"
                        + " an override and a rationale."
                        : "the rule is not met: primary KPIs not improved (" + String.join(", ", notImproved.getValuesAs(JsonString::getString))
                        + ") and the teams' perception not collected: validate only with an override and a rationale.",
                refusal.getString("message"));
        assertEquals(400, manager().post("api/pilots/" + id + "/decision?version=" + version,
                "{\"outcome\":\"VALIDATED\",\"override\":true,\"rationale\":\" \"}").status(), "an override needs a rationale");
        // The override itself: validated against the rule, with the reason written; the decision says it was overridden.
        Api.Reply overridden = manager().post("api/pilots/" + id + "/decision?version=" + version,
                "{\"outcome\":\"VALIDATED\",\"override\":true,\"rationale\":\"Validated on the teams' word before the survey\"}");
        assertEquals(201, overridden.status(), overridden.body());
        assertTrue(overridden.json().getBoolean("overridden"), overridden.body());
        assertEquals("Validated on the teams' word before the survey", overridden.json().getString("rationale"));
        assertEquals("VALIDATED", manager().get("api/pilots/" + id).json().getString("status"));
        JsonObject recorded = manager().get("api/pilots/" + id + "/decisions").jsonArray().getJsonObject(0);
        assertEquals("VALIDATED:true", recorded.getString("outcome") + ":" + recorded.getBoolean("overridden"));

        Api executive = Api.as(base(), "executive", TerrainDeployment.DEMO_PASSWORD);
        assertEquals(200, executive.get("api/pilots/" + id).status(), "executives read");
        assertEquals(403, executive.post("api/pilots/" + id + "/controls/proposal", "").status());
        assertEquals(403, Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD).get("api/pilots").status());
        Api.Reply invalid = manager().post("api/pilots", pilot("", "NOPE", lastMonday, lastMonday.minusWeeks(1), lastMonday.minusWeeks(2),
                lastMonday, "1"));
        assertEquals(400, invalid.status());
        List<String> fields = invalid.json().getJsonArray("fieldErrors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("name", "baselineTo", "pilotFrom", "kpis")), fields.toString());
    }

    /**
     * Through the screens only: a pilot designed from the demo diagnostic's stake, its team and
     * directorates, proposed controls kept, launched and measured, team perception imported (a bad
     * file first) and entered, validated with an override, and its package written and published.
     */
    @Test
    default void aPilotGoesFromStakesToAPublishedPackageThroughTheScreens() throws Exception {
        LocalDate lastMonday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        String name = "Accueil en 30 s " + RUN;
        long campaign = manager().get("api/diagnostics/campaigns").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("Diagnostic accueil et caisse")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        List<String> stores = manager().get("api/sites?kind=STORE&limit=100&sort=code&q=s0").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(s -> s.getString("code")).filter(c -> c.matches("S\\d{4}")).toList();
        List<String> pilotCodes = List.of(stores.get(2), stores.get(7), stores.get(12), stores.get(17));
        Path badFile = itFile("perception-bad-" + RUN + ".csv", "site_code;responded_on;score_1;recommend;comment\n"
                + pilotCodes.get(0) + ";2026-01-12;4;8;Bien\nNOPE;2026-01-12;7;8;Ailleurs\n");
        Path goodFile = itFile("perception-" + RUN + ".csv", "site_code;responded_on;score_1;recommend;comment\n"
                + pilotCodes.get(0) + ";2026-01-12;4;8;Les clients sont accueillis plus vite\n"
                + pilotCodes.get(1) + ";2026-01-13;5;9;\n");

        long id;
        try (Browser browser = Browser.open(base())) {
            browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
            browser.open("pilots/pilots.xhtml");
            String list = browser.find(By.id("pilots:pilotTable")).getText().replaceAll("\\s+", " ");
            assertTrue(list.contains("Hôte d'accueil aux heures de pointe") && list.contains("Mesuré depuis le"), "the demo pilot: " + list);
            browser.click(By.id("pilots:newPilot"));
            browser.type(By.id("pilotForm:name"), name);
            browser.type(By.id("pilotForm:hypothesis"), "Un hôte à l'entrée réduit l'attente");
            browser.select("pilotForm:campaignId", String.valueOf(campaign));
            browser.click(By.id("pilotForm:stakeIds"));
            browser.click(By.cssSelector("#pilotForm\\:stakeIds_panel li.ui-selectcheckboxmenu-item .ui-chkbox-box"));
            browser.click(By.id("pilotForm:name"));
            browser.setDate("pilotForm:baselineFrom", lastMonday.minusWeeks(11));
            browser.setDate("pilotForm:baselineTo", lastMonday.minusWeeks(6).plusDays(6));
            browser.setDate("pilotForm:pilotFrom", lastMonday.minusWeeks(5));
            browser.setDate("pilotForm:pilotTo", lastMonday.plusDays(6));
            browser.select("pilotForm:kpis", "WAIT_TIME");
            browser.screenshot("pilot-new");
            browser.click(By.id("pilotForm:createPilot"));
            browser.waitForUrl("pilot.xhtml?id=");
            id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            JsonObject created = manager().get("api/pilots/" + id).json();
            assertEquals(lastMonday.minusWeeks(11).toString(), created.getString("baselineFrom"), "the dates picked are the dates saved");
            assertEquals(lastMonday.plusDays(6).toString(), created.getString("pilotTo"));
            assertEquals(1, created.getJsonArray("stakeIds").size(), "the demo diagnostic's stake");

            // Design: an improvement, a team member from a pilot site, a directorate.
            browser.click(By.id("tabs:designForm:addImprovement"));
            browser.type(By.id("tabs:designForm:improvements:0:description"), "Un hôte accueille chaque client à l'entrée");
            browser.click(By.id("tabs:designForm:addMember"));
            browser.type(By.id("tabs:designForm:team:0:memberName"), "Nadia Benali");
            browser.type(By.id("tabs:designForm:team:0:homeSite"), "NOPE");
            browser.click(By.id("tabs:designForm:addDirectorate"));
            browser.type(By.id("tabs:designForm:directorates:0:directorate_input"), "H");
            browser.click(By.cssSelector("[id='tabs:designForm:directorates:0:directorate_panel'] li[data-item-label='HR']"));
            browser.waitForAjax();
            browser.type(By.id("tabs:designForm:directorates:0:contact"), "Sam Durand");
            browser.type(By.id("tabs:designForm:directorates:0:part"), "Plannings");
            browser.click(By.id("tabs:designForm:saveDesign"));
            browser.waitForText(By.id("messages"), "aucun site n’a le code NOPE");
            browser.type(By.id("tabs:designForm:team:0:homeSite"), pilotCodes.get(0));
            browser.click(By.id("tabs:designForm:saveDesign"));
            browser.waitForText(By.id("messages"), "Conception enregistrée");
            JsonObject designed = manager().get("api/pilots/" + id).json();
            assertEquals("PROCESS", designed.getJsonArray("improvements").getJsonObject(0).getString("kind"));
            assertEquals("Nadia Benali", designed.getJsonArray("team").getJsonObject(0).getString("name"));
            assertTrue(designed.getJsonArray("team").getJsonObject(0).containsKey("homeSiteId"));
            assertEquals("HR", designed.getJsonArray("directorates").getJsonObject(0).getString("directorate"));

            // Someone else saves the design meanwhile: this page's next save is refused with a message, theirs stays.
            String theirs = pilot(name, "WAIT_TIME", lastMonday.minusWeeks(11), lastMonday.minusWeeks(6).plusDays(6),
                    lastMonday.minusWeeks(5), lastMonday.plusDays(6), "-1.5").replace("Raising the minimum wage does not cut jobs",
                    "Un hôte à l'entrée réduit l'attente en caisse")
                    .replaceFirst("\\{", "{\"campaignId\":" + campaign + ",\"stakeIds\":" + created.getJsonArray("stakeIds") + ",");
            assertEquals(200, manager().put("api/pilots/" + id + "?version=" + designed.getJsonNumber("version"), theirs).status());
            browser.type(By.id("tabs:designForm:hypothesis"), "Ma version");
            browser.click(By.id("tabs:designForm:saveDesign"));
            browser.waitForText(By.id("messages"), "Quelqu'un d'autre a modifié cet enregistrement");
            assertEquals("Un hôte à l'entrée réduit l'attente en caisse", manager().get("api/pilots/" + id).json().getString("hypothesis"));
            browser.open("pilots/pilot.xhtml?id=" + id);

            // Sites: four pilot stores, matched controls proposed and kept.
            browser.click(By.xpath("//a[normalize-space()='Sites et témoins']"));
            browser.type(By.id("tabs:sitesForm:pilotCodes"), String.join(" ", pilotCodes));
            browser.click(By.id("tabs:sitesForm:saveSites"));
            browser.waitForText(By.id("messages"), "Sites enregistrés");
            browser.click(By.id("tabs:sitesForm:propose"));
            browser.find(By.id("tabs:sitesForm:proposalTable"));
            browser.click(By.id("tabs:sitesForm:keepProposal"));
            browser.waitForText(By.id("tabs:sitesForm"), "Sites témoins (8)");
            // The manager edits the kept proposal: one control less.
            String[] controls = browser.find(By.id("tabs:sitesForm:controlCodes")).getAttribute("value").split(" ");
            assertEquals(8, controls.length);
            browser.type(By.id("tabs:sitesForm:controlCodes"), String.join(" ", java.util.Arrays.copyOf(controls, 7)));
            browser.click(By.id("tabs:sitesForm:saveSites"));
            browser.waitForText(By.id("tabs:sitesForm"), "Sites témoins (7)");
            browser.click(By.xpath("//a[normalize-space()='Résultats']"));
            browser.find(By.cssSelector("[id='tabs:resultsPanel'] canvas"));
            String detail = browser.find(By.id("tabs:results:0:siteDetail")).getText();
            assertTrue(detail.contains("pilote") && detail.contains("témoin"), detail);

            // Launched, then measured, each dated today.
            browser.click(By.id("statusForm:launch"));
            browser.waitForText(By.id("pilotStatus"), "En cours");
            browser.click(By.id("statusForm:measured"));
            browser.waitForText(By.id("pilotStatus"), "Mesuré");

            // Perception: a bad file changes nothing and lists its problems; a good file, then one response on screen.
            browser.click(By.xpath("//a[starts-with(normalize-space(), 'Ressenti des équipes')]"));
            browser.driver.findElement(By.id("tabs:perceptionImport:file_input")).sendKeys(badFile.toString());
            browser.waitForText(By.id("tabs:perceptionImport"), "1 lignes refusées sur 2");
            String problems = browser.find(By.id("tabs:perceptionImport:importProblems")).getText();
            assertTrue(problems.contains("site_code") && problems.contains("score_1"), problems);
            assertEquals(0, manager().get("api/pilots/" + id + "/perception").json().getInt("responses"), "nothing from a bad file");
            browser.driver.findElement(By.id("tabs:perceptionImport:file_input")).sendKeys(goodFile.toString());
            browser.waitForText(By.id("messages"), "2 réponses importées");
            browser.waitForText(By.id("perceptionComments"), "Les clients sont accueillis plus vite");
            browser.select("tabs:perceptionForm:siteId", String.valueOf(designed.getJsonArray("team").getJsonObject(0)
                    .getJsonNumber("homeSiteId").longValue()));
            browser.click(By.xpath("//*[@id='tabs:perceptionForm:scores:0:score']//div[normalize-space()='3']"));
            browser.type(By.id("tabs:perceptionForm:recommend_input"), "7");
            browser.click(By.id("tabs:perceptionForm:addResponse"));
            browser.waitForText(By.id("messages"), "Réponse enregistrée");
            JsonObject perception = manager().get("api/pilots/" + id + "/perception").json();
            assertEquals(3, perception.getInt("responses"));
            assertEquals(4.0, perception.getJsonNumber("meanScore").doubleValue(), 1e-9, "(4 + 5 + 3) / 3");

            // Decision: validated with an override and its rationale.
            // The rule is not met (the KPI is not measured as improved): nothing is preselected, the manager chooses.
            browser.click(By.xpath("//a[normalize-space()='Décision']"));
            assertEquals("—", browser.find(By.id("tabs:decisionForm:outcome_label")).getText());
            assertTrue(browser.find(By.id("tabs:gate")).getText().startsWith("La règle n'est pas remplie : indicateurs principaux non améliorés"),
                    browser.find(By.id("tabs:gate")).getText());
            browser.select("tabs:decisionForm:outcome", "VALIDATED");
            browser.click(By.xpath("//*[@id='tabs:decisionForm:override']//div[contains(@class,'ui-chkbox-box')]"));
            browser.type(By.id("tabs:decisionForm:rationale"), "Ressenti fort, effet à confirmer au déploiement");
            browser.click(By.id("tabs:decisionForm:decide"));
            browser.waitForText(By.id("pilotStatus"), "Validé");
            assertTrue(browser.find(By.id("tabs:decisions")).getText().contains("Ressenti fort"));

            // Package: created from the validated pilot, one step, published.
            browser.click(By.xpath("//a[normalize-space()='Package']"));
            browser.click(By.id("tabs:packageForm:createPackage"));
            browser.waitForText(By.id("messages"), "Version du package créée");
            browser.type(By.id("tabs:packageForm:name"), "Accueil en 30 secondes");
            browser.type(By.id("tabs:packageForm:processes"), "Un hôte à l'entrée aux heures de pointe");
            browser.click(By.id("tabs:packageForm:addStep"));
            browser.waitForAjax();
            browser.type(By.id("tabs:packageForm:steps:0:description"), "Nommer les hôtes de la semaine");
            browser.type(By.id("tabs:packageForm:steps:0:owner"), "Directeur de magasin");
            browser.type(By.id("tabs:packageForm:steps:0:evidence"), "Planning affiché");
            browser.click(By.id("tabs:packageForm:addStep"));
            browser.waitForAjax();
            browser.type(By.id("tabs:packageForm:steps:1:description"), "Former les hôtes à l'accueil");
            browser.type(By.id("tabs:packageForm:steps:1:owner"), "Coach terrain");
            browser.type(By.id("tabs:packageForm:steps:1:evidence"), "Feuille de présence");
            browser.click(By.id("tabs:packageForm:steps:1:moveUp"));
            browser.waitForAjax();
            assertEquals("Former les hôtes à l'accueil",
                    browser.find(By.id("tabs:packageForm:steps:0:description")).getAttribute("value"), "the step moved up");
            browser.click(By.id("tabs:packageForm:publishPackage"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText(By.id("messages"), "Package publié");
            assertTrue(browser.find(By.id("tabs:packageForm:versions")).getText().contains("publiée le"));
            browser.screenshot("pilot-package-published");

            // #15 item 8: decided, the design reads as text — no grey inputs — with the KPI by its name.
            browser.open("pilots/pilot.xhtml?id=" + id);
            assertEquals(name, browser.find(By.id("tabs:designForm:nameText")).getText());
            assertTrue(browser.driver.findElements(By.id("tabs:designForm:name")).isEmpty());
            assertTrue(browser.driver.findElements(By.cssSelector("#tabs\\:designForm input:disabled, #tabs\\:designForm textarea:disabled"))
                    .isEmpty(), "no disabled form for a decided pilot");
            assertTrue(browser.find(By.id("tabs:designForm:kpis")).getText().contains("Temps d'attente client"));
        }
        JsonObject published = manager().get("api/pilots/packages").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("Accueil en 30 secondes") && p.getJsonNumber("pilotId").longValue() == id)
                .findFirst().orElseThrow();
        assertEquals(List.of("Former les hôtes à l'accueil", "Nommer les hôtes de la semaine"), published.getJsonArray("steps").stream()
                .map(st -> st.asJsonObject().getString("description")).toList(), "published in the order set on screen");
        JsonObject decided = manager().get("api/pilots/" + id).json();
        assertEquals(List.of("DESIGN", "RUNNING", "MEASURED", "VALIDATED"), decided.getJsonArray("history")
                .stream().map(h -> h.asJsonObject().getString("status")).toList());
        assertEquals(1, decided.getJsonArray("stakeIds").size(), "still answering the diagnostic's stake");
        // The files carry the pilot and its decision's rationale, not just a file's first bytes.
        String pdf = Downloads.pdfText(Downloads.bytes(base(), "api/pilots/" + id + "/report.pdf", "manager"));
        assertTrue(pdf.contains(name) && pdf.contains("Ressenti fort, effet à confirmer au déploiement"), pdf);
        List<String> cells = Downloads.cells(Downloads.bytes(base(), "api/pilots/" + id + "/report.xlsx", "executive"));
        assertTrue(cells.stream().anyMatch(c -> c.endsWith("!" + name)), "executives read the report: " + cells);
        assertTrue(cells.stream().anyMatch(c -> c.startsWith("Summary!") && c.endsWith("— Ressenti fort, effet à confirmer au déploiement")),
                cells.toString());
    }

    private static Path itFile(String name, String content) throws java.io.IOException {
        Path dir = Files.createDirectories(Path.of("target", "it-files"));
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toAbsolutePath();
    }
}
