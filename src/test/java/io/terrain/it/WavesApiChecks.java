package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rollout through the product: plans, waves, the schedule import, moves, and the staggered impact on mpdta. */
interface WavesApiChecks extends DeployedTerrain {

    String RUN = TestRun.id().toUpperCase();
    double EPS = 0.00005;

    private Api manager() {
        return Api.signedIn(base(), "manager", TerrainDeployment.DEMO_PASSWORD);
    }

    /** A region of {@code count} stores named {@code prefix-1…}, its id. */
    private long region(String prefix, List<String> siteCodes) {
        Api.Reply units = manager().postCsv("api/sites/import?kind=ORG_UNITS", "code,name,level,parent_code\n"
                + prefix + ",Région " + prefix + ",REGION,FR\n" + prefix + "-S,Secteur " + prefix + ",SECTOR," + prefix + "\n");
        assertTrue(units.json().getBoolean("applied"), units.body());
        String sites = "code,name,kind,org_unit_code\n" + siteCodes.stream().map(c -> c + ",Site " + c + ",STORE," + prefix + "-S")
                .collect(Collectors.joining("\n")) + "\n";
        JsonObject imported = manager().postCsv("api/sites/import?kind=SITES", sites).json();
        assertEquals(siteCodes.size(), imported.getInt("newRows"), imported.toString());
        return manager().get("api/org-units").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("code").equals(prefix)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The demo's published package (the pilots' checks publish others, in any order). */
    private long publishedPackage() {
        return DemoLookup.demoPackageId(base());
    }

    private JsonObject plan(String name, long regionId, String kpis) {
        Api.Reply created = manager().post("api/waves/plans", "{\"name\":\"" + name + "\",\"packageId\":" + publishedPackage()
                + ",\"orgUnitIds\":[" + regionId + "]" + (kpis == null ? "" : ",\"kpis\":" + kpis) + "}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    /**
     * mpdta (Callaway &amp; Sant'Anna 2021) as a rollout: 500 counties become sites, log teen employment a
     * yearly KPI, each county's first treatment year its wave and adoption date; the impact API must
     * give the published group-time effects and aggregates to 4 decimals, against both comparison groups.
     */
    @Test
    default void theImpactOfStaggeredWavesReproducesCallawayAndSantAnnaThroughTheProduct() throws IOException {
        String prefix = "MP" + RUN;
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/reference/mpdta.csv"));
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        int year = header.indexOf("year");
        int county = header.indexOf("countyreal");
        int lemp = header.indexOf("lemp");
        int firstTreat = header.indexOf("first.treat");
        Map<String, String> cohortOf = new LinkedHashMap<>();
        String kpi = "LEMP" + RUN;
        StringBuilder measurements = new StringBuilder("site_code,kpi_code,period_start,value,source\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String code = prefix + "-" + f[county];
            cohortOf.put(code, f[firstTreat]);
            measurements.append(code).append(',').append(kpi).append(',').append(f[year]).append("-01-01,").append(f[lemp])
                    .append(",mpdta\n");
        }
        long regionId = region(prefix, List.copyOf(cohortOf.keySet()));
        Api.Reply kpiCreated = manager().post("api/indicators/kpis", "{\"code\":\"" + kpi + "\",\"nameFr\":\"Emploi des jeunes (log)\","
                + "\"nameEn\":\"Teen employment (log)\",\"unit\":\"log\",\"direction\":\"HIGHER_IS_BETTER\",\"aggregation\":\"MEAN\","
                + "\"granularity\":\"YEAR\"}");
        assertEquals(201, kpiCreated.status(), kpiCreated.body());
        JsonObject measured = manager().postCsv("api/indicators/measurements/import", measurements.toString()).json();
        assertEquals(2500, measured.getInt("written"), measured.toString());

        JsonObject plan = plan("Salaire minimum " + RUN, regionId, "[{\"kpiCode\":\"" + kpi + "\",\"primary\":true}]");
        assertEquals(500, plan.getInt("perimeterSites"));
        long planId = plan.getJsonNumber("id").longValue();
        String schedule = "site_code,wave_code,planned_go_live,adopted_on\n" + cohortOf.entrySet().stream()
                .filter(e -> !e.getValue().equals("0"))
                .map(e -> e.getKey() + ",W" + e.getValue() + "," + e.getValue() + "-01-01," + e.getValue() + "-01-01")
                .collect(Collectors.joining("\n")) + "\n";
        JsonObject imported = manager().postCsv("api/waves/plans/" + planId + "/import", schedule).json();
        assertTrue(imported.getBoolean("applied"), imported.toString());
        assertEquals(191, imported.getInt("sitesScheduled"));
        assertEquals(191, imported.getInt("adoptions"));
        assertEquals(List.of("W2004", "W2006", "W2007"), imported.getJsonArray("wavesCreated").getValuesAs(v -> v.toString().replace("\"", "")));

        JsonObject never = impact(planId, kpi, "NEVER_ADOPTED");
        assertCells(never, new double[][]{
                {2004, 2004, -0.0105, 0.0233}, {2004, 2005, -0.0704, 0.0310}, {2004, 2006, -0.1373, 0.0364}, {2004, 2007, -0.1008, 0.0344},
                {2006, 2004, 0.0065, 0.0233}, {2006, 2005, -0.0028, 0.0196}, {2006, 2006, -0.0046, 0.0178}, {2006, 2007, -0.0412, 0.0202},
                {2007, 2004, 0.0305, 0.0150}, {2007, 2005, -0.0027, 0.0164}, {2007, 2006, -0.0311, 0.0179}, {2007, 2007, -0.0261, 0.0167}});
        assertEstimate(-0.0400, 0.0120, never.getJsonObject("overall"));
        assertEstimate(-0.0310, 0.0124, never.getJsonObject("overallOfCohorts"));
        assertEstimate(-0.0772, 0.0200, never.getJsonObject("overallOfEventTimes"));
        assertEstimate(-0.0417, 0.0160, never.getJsonObject("overallOfPeriods"));
        assertSeries(never.getJsonArray("byCohort"), -0.0797, -0.0229, -0.0261);
        assertSeries(never.getJsonArray("byEventTime"), 0.0305, -0.0006, -0.0245, -0.0199, -0.0510, -0.1373, -0.1008);
        assertSeries(never.getJsonArray("byPeriod"), -0.0105, -0.0704, -0.0488, -0.0371);
        assertEquals(0.0264, never.getJsonArray("byCohort").getJsonObject(0).getJsonNumber("se").doubleValue(), EPS);
        assertEquals(-3, never.getJsonArray("byEventTime").getJsonObject(0).getInt("eventTime"));
        assertEquals(7.79, never.getJsonObject("pretrend").getJsonNumber("statistic").doubleValue(), 0.005);
        assertEquals(0.168, never.getJsonObject("pretrend").getJsonNumber("pValue").doubleValue(), 0.0005);
        assertEquals("WORSENED", never.getString("verdict"), "employment fell, and higher is better");
        assertEquals(500, never.getInt("sites"));
        assertEquals(191, never.getInt("adoptedSites"));

        JsonObject notYet = impact(planId, kpi, "NOT_YET_ADOPTED");
        assertCells(notYet, new double[][]{
                {2004, 2004, -0.0194, 0.0223}, {2004, 2005, -0.0783, 0.0304}, {2004, 2006, -0.1363, 0.0354}, {2004, 2007, -0.1008, 0.0344},
                {2006, 2004, -0.0026, 0.0225}, {2006, 2005, -0.0019, 0.0190}, {2006, 2006, 0.0047, 0.0163}, {2006, 2007, -0.0412, 0.0202},
                {2007, 2004, 0.0298, 0.0145}, {2007, 2005, -0.0024, 0.0160}, {2007, 2006, -0.0311, 0.0179}, {2007, 2007, -0.0261, 0.0167}});
        assertEstimate(-0.0398, 0.0121, notYet.getJsonObject("overall"));
        assertEstimate(-0.0305, 0.0126, notYet.getJsonObject("overallOfCohorts"));
        assertEstimate(-0.0774, 0.0196, notYet.getJsonObject("overallOfEventTimes"));
        assertEstimate(-0.0443, 0.0156, notYet.getJsonObject("overallOfPeriods"));
        assertSeries(notYet.getJsonArray("byCohort"), -0.0837, -0.0183, -0.0261);
        assertSeries(notYet.getJsonArray("byEventTime"), 0.0298, -0.0024, -0.0243, -0.0189, -0.0536, -0.1363, -0.1008);
        assertSeries(notYet.getJsonArray("byPeriod"), -0.0194, -0.0783, -0.0423, -0.0371);

        // Read again: the stored result, the same figures.
        assertEquals(notYet.getJsonObject("overall"), impact(planId, kpi, "NOT_YET_ADOPTED").getJsonObject("overall"));
        Api.Reply wrongKpi = manager().get("api/waves/plans/" + planId + "/impact?kpi=CSAT");
        assertEquals(400, wrongKpi.status());
        assertEquals("waves.impact.kpi.notInPlan", wrongKpi.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));
    }

    private JsonObject impact(long planId, String kpi, String comparison) {
        Api.Reply reply = Api.as(base(), "executive", TerrainDeployment.DEMO_PASSWORD)
                .get("api/waves/plans/" + planId + "/impact?kpi=" + kpi + "&comparison=" + comparison);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static void assertCells(JsonObject impact, double[][] expected) {
        JsonArray cells = impact.getJsonArray("cells");
        assertEquals(expected.length, cells.size());
        for (double[] e : expected) {
            JsonObject cell = cells.stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("cohort").equals((int) e[0] + "-01-01") && c.getString("period").equals((int) e[1] + "-01-01"))
                    .findFirst().orElseThrow();
            assertEquals(e[2], cell.getJsonNumber("att").doubleValue(), EPS, "ATT(" + (int) e[0] + "," + (int) e[1] + ")");
            assertEquals(e[3], cell.getJsonNumber("se").doubleValue(), EPS, "se(" + (int) e[0] + "," + (int) e[1] + ")");
        }
    }

    private static void assertEstimate(double att, double se, JsonObject estimate) {
        assertEquals(att, estimate.getJsonNumber("att").doubleValue(), EPS);
        assertEquals(se, estimate.getJsonNumber("se").doubleValue(), EPS);
        assertEquals(att - 1.96 * se, estimate.getJsonNumber("ciLow").doubleValue(), 0.0002);
    }

    private static void assertSeries(JsonArray effects, double... atts) {
        assertEquals(atts.length, effects.size());
        for (int i = 0; i < atts.length; i++) {
            assertEquals(atts[i], effects.getJsonObject(i).getJsonNumber("att").doubleValue(), EPS, "effect " + i);
        }
    }

    @Test
    default void aBadScheduleNamesEveryRejectedRowAndWritesNothing() {
        String prefix = "BS" + RUN;
        long regionId = region(prefix, List.of(prefix + "-1", prefix + "-2", prefix + "-3", prefix + "-4"));
        long planId = plan("Calendrier " + RUN, regionId, null).getJsonNumber("id").longValue();
        String schedule = "site_code,wave_code,planned_go_live,adopted_on\n"
                + prefix + "-1,V1,2026-03-02,\n"                 // line 2: fine
                + "NOWHERE-" + RUN + ",V1,2026-03-02,\n"         // line 3: unknown site
                + "S0001,V1,2026-03-02,\n"                       // line 4: a demo site outside the perimeter
                + prefix + "-1,V2,2026-06-01,\n"                 // line 5: site twice
                + prefix + "-2,V2,31/02/2026,\n"                 // line 6: bad date
                + prefix + "-3,V1,2026-03-02,2026-02-01\n"       // line 7: adoption before go-live
                + prefix + "-4,V3,,\n";                          // line 8: a new wave without its date
        Api.Reply reply = manager().postCsv("api/waves/plans/" + planId + "/import", schedule);
        assertEquals(200, reply.status(), reply.body());
        JsonObject report = reply.json();
        assertFalse(report.getBoolean("applied"));
        assertEquals(7, report.getInt("rows"));
        assertEquals(6, report.getInt("rejected"));
        Map<Integer, String> byLine = report.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(p -> p.getInt("line"), p -> p.getString("key"), (a, b) -> a + "+" + b));
        assertEquals(Map.of(3, "waves.import.site.unknown", 4, "waves.import.site.outside", 5, "waves.import.site.twice",
                6, "csv.value.date", 7, "waves.import.adoption.beforeGoLive", 8, "waves.import.goLive.required"), byLine);
        assertEquals(0, manager().get("api/waves/plans/" + planId + "/waves").jsonArray().size(), "no wave created");
        assertEquals(4, manager().get("api/waves/plans/" + planId + "/sites?unplanned=true").json().getInt("total"), "no site moved");

        JsonObject dryRun = manager().postCsv("api/waves/plans/" + planId + "/import?dryRun=true",
                "site_code,wave_code,planned_go_live,adopted_on\n" + prefix + "-1,V1,2026-03-02,\n").json();
        assertFalse(dryRun.getBoolean("applied"));
        assertEquals(List.of("V1"), dryRun.getJsonArray("wavesCreated").getValuesAs(v -> v.toString().replace("\"", "")));
        assertEquals(0, manager().get("api/waves/plans/" + planId + "/waves").jsonArray().size(), "a dry run writes nothing");
    }

    @Test
    default void concurrentEditsAreRefusedAndAStartedSiteStaysInItsWave() {
        String prefix = "CE" + RUN;
        long regionId = region(prefix, List.of(prefix + "-1", prefix + "-2"));
        JsonObject plan = plan("Concurrence " + RUN, regionId, null);
        long planId = plan.getJsonNumber("id").longValue();
        assertEquals("WAIT_TIME", plan.getJsonArray("kpis").getJsonObject(0).getString("kpiCode"), "the package's KPIs are proposed");
        assertTrue(plan.getJsonArray("kpis").getJsonObject(0).getBoolean("primary"));
        String body = "{\"name\":\"Concurrence " + RUN + " bis\",\"packageId\":" + plan.getJsonNumber("packageId") + ",\"orgUnitIds\":["
                + regionId + "],\"kpis\":[{\"kpiCode\":\"WAIT_TIME\",\"primary\":true}]}";
        long version = plan.getJsonNumber("version").longValue();
        assertEquals(200, manager().put("api/waves/plans/" + planId + "?version=" + version, body).status());
        Api.Reply stale = manager().put("api/waves/plans/" + planId + "?version=" + version, body);
        assertEquals(409, stale.status(), stale.body());

        Api.Reply wave = manager().post("api/waves/plans/" + planId + "/waves",
                "{\"code\":\"V1\",\"name\":\"Vague 1\",\"preparationStart\":\"2026-01-05\",\"goLive\":\"2026-02-02\",\"coaches\":[]}");
        assertEquals(201, wave.status(), wave.body());
        long waveId = wave.json().getJsonNumber("id").longValue();
        String waveBody = "{\"code\":\"V1\",\"name\":\"Vague un\",\"preparationStart\":\"2026-01-05\",\"goLive\":\"2026-02-02\",\"coaches\":[]}";
        long waveVersion = wave.json().getJsonNumber("version").longValue();
        assertEquals(200, manager().put("api/waves/plans/" + planId + "/waves/" + waveId + "?version=" + waveVersion, waveBody).status());
        assertEquals(409, manager().put("api/waves/plans/" + planId + "/waves/" + waveId + "?version=" + waveVersion, waveBody).status());
        Api.Reply twice = manager().post("api/waves/plans/" + planId + "/waves", waveBody);
        assertEquals("waves.wave.code.taken", twice.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));

        JsonObject site = manager().get("api/waves/plans/" + planId + "/sites?code=" + prefix + "-1").json().getJsonArray("items")
                .getJsonObject(0);
        long siteId = site.getJsonNumber("siteId").longValue();
        String move = "{\"waveId\":" + waveId + ",\"pinned\":true}";
        Api.Reply moved = manager().put("api/waves/plans/" + planId + "/sites/" + siteId + "?version=" + site.getJsonNumber("version"), move);
        assertEquals(200, moved.status(), moved.body());
        assertEquals("V1", moved.json().getString("waveCode"));
        assertTrue(moved.json().getBoolean("pinned"));
        assertEquals(409, manager().put("api/waves/plans/" + planId + "/sites/" + siteId + "?version=" + site.getJsonNumber("version"),
                move).status());

        // An adoption recorded by the schedule starts the rollout: the site can no longer leave its wave.
        JsonObject adopted = manager().postCsv("api/waves/plans/" + planId + "/import",
                "site_code,wave_code,planned_go_live,adopted_on\n" + prefix + "-1,V1,,2026-02-20\n").json();
        assertTrue(adopted.getBoolean("applied"), adopted.toString());
        JsonObject now = manager().get("api/waves/plans/" + planId + "/sites/" + siteId).json();
        assertEquals("ADOPTED", now.getString("status"));
        assertEquals("2026-02-20", now.getString("adoptedOn"));
        Api.Reply out = manager().put("api/waves/plans/" + planId + "/sites/" + siteId + "?version=" + now.getJsonNumber("version"),
                "{\"waveId\":null,\"pinned\":false}");
        assertEquals(400, out.status());
        assertEquals("waves.site.started", out.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));
        assertTrue(out.json().getJsonArray("fieldErrors").getJsonObject(0).getString("message").contains(prefix + "-1"), out.body());

        Api executive = Api.as(base(), "executive", TerrainDeployment.DEMO_PASSWORD);
        assertEquals(200, executive.get("api/waves/plans/" + planId).status());
        assertEquals(403, executive.post("api/waves/plans/" + planId + "/waves", waveBody.replace("V1", "V9")).status());
        assertEquals(403, executive.postCsv("api/waves/plans/" + planId + "/import", "site_code,wave_code\n").status());
        String export = manager().get("api/waves/plans/" + planId + "/export").body();
        assertEquals("site_code,wave_code,planned_go_live,adopted_on,site_name,status", export.lines().findFirst().orElseThrow());
        assertTrue(export.contains(prefix + "-1,V1,2026-02-02,2026-02-20,Site " + prefix + "-1,ADOPTED"), export);
        assertTrue(export.contains(prefix + "-2,,,,Site " + prefix + "-2,NOT_STARTED"), export);
    }

    /**
     * The demo coach's visit moves a checklist: the item finished on the visit is DONE with the visit
     * as evidence, the one worked on IN_PROGRESS; the coach ticks the rest by hand (evidence required)
     * until the site is adopted; a site not assigned to them answers 404; a stale version 409.
     */
    @Test
    default void aLoggedVisitMovesTheChecklistAndTheCoachReachesOnlyTheirSites() {
        Api coach = Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD);
        JsonObject day = coach.get("api/visits/day").json();
        JsonObject agendas = day.getJsonObject("agenda");
        long siteId = day.getJsonArray("sites").stream().map(JsonValue::asJsonObject).map(s -> s.getJsonNumber("id").longValue())
                .filter(id -> agendas.containsKey(String.valueOf(id)) && agendas.getJsonArray(String.valueOf(id)).size() >= 3)
                .findFirst().orElseThrow(() -> new AssertionError(day.toString()));
        JsonArray agenda = agendas.getJsonArray(String.valueOf(siteId));
        JsonObject before = coach.get("api/waves/sites/" + siteId).json();
        List<JsonObject> open = before.getJsonArray("checklist").stream().map(JsonValue::asJsonObject)
                .filter(i -> List.of("TODO", "IN_PROGRESS").contains(i.getString("status"))).toList();
        assertEquals(agenda.size(), open.size(), "the visit form offers the open items");
        String first = open.get(0).getString("description");
        String second = open.get(1).getString("description");
        String visit = "{\"uuid\":\"" + java.util.UUID.randomUUID() + "\",\"siteId\":" + siteId + ",\"date\":\"" + java.time.LocalDate.now()
                + "\",\"startTime\":\"09:00:00\",\"durationMinutes\":90,\"purpose\":\"COACHING\",\"observations\":\"Hôte en place\","
                + "\"workedOn\":[\"" + first + "\",\"" + second + "\"],\"completed\":[\"" + first + "\"],\"actions\":[],\"teamMood\":4}";
        Api.Reply logged = coach.post("api/visits", visit);
        assertEquals(201, logged.status(), logged.body());
        long visitId = logged.json().getJsonNumber("id").longValue();

        JsonObject after = coach.get("api/waves/sites/" + siteId).json();
        java.util.function.Function<JsonObject, JsonObject> current = item -> after.getJsonArray("checklist").stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("id").equals(item.getJsonNumber("id"))).findFirst().orElseThrow();
        JsonObject done = current.apply(open.get(0));
        assertEquals("DONE", done.getString("status"));
        assertEquals(visitId, done.getJsonNumber("visitId").longValue());
        assertEquals("coach", done.getString("doneBy"));
        assertEquals("IN_PROGRESS", current.apply(open.get(1)).getString("status"));
        assertEquals("IN_PROGRESS", after.getJsonObject("rollout").getString("status"));
        assertFalse(coach.get("api/visits/day").json().getJsonObject("agenda").getJsonArray(String.valueOf(siteId)).stream()
                .anyMatch(a -> a.toString().contains(first)), "a done item leaves the agenda");

        JsonObject next = current.apply(open.get(1));
        String path = "api/waves/sites/" + siteId + "/checklist/" + next.getJsonNumber("id") + "?version=" + next.getJsonNumber("version");
        Api.Reply noEvidence = coach.put(path, "{\"status\":\"DONE\"}");
        assertEquals(400, noEvidence.status());
        assertEquals("evidence", noEvidence.json().getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
        assertEquals(200, coach.put(path, "{\"status\":\"DONE\",\"evidence\":\"Feuille d'émargement signée\","
                + "\"adaptation\":\"Formation en deux demi-journées\"}").status());
        assertEquals(409, coach.put(path, "{\"status\":\"DONE\",\"evidence\":\"encore\"}").status(), "a stale version");
        JsonObject last = null;
        for (int i = 2; i < open.size(); i++) {
            JsonObject item = current.apply(open.get(i));
            String body = i == open.size() - 1 ? "{\"status\":\"NOT_APPLICABLE\",\"notApplicableReason\":\"Pas de réunion d'équipe hebdomadaire ici\"}"
                    : "{\"status\":\"DONE\",\"evidence\":\"Comptes rendus\"}";
            Api.Reply reply = coach.put("api/waves/sites/" + siteId + "/checklist/" + item.getJsonNumber("id") + "?version="
                    + item.getJsonNumber("version"), body);
            assertEquals(200, reply.status(), reply.body());
            last = reply.json();
        }
        assertEquals("ADOPTED", last.getJsonObject("rollout").getString("status"));
        assertEquals(java.time.LocalDate.now().toString(), last.getJsonObject("rollout").getString("adoptedOn"));
        assertTrue(last.getJsonArray("checklist").stream().anyMatch(i -> "Formation en deux demi-journées"
                .equals(i.asJsonObject().getString("adaptation", null))));

        // Another site, not assigned to the coach: as if it were not rolled out.
        JsonObject other = manager().get("api/waves/plans/1/sites?limit=500").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(s -> day.getJsonArray("sites").stream()
                        .noneMatch(d -> d.asJsonObject().getJsonNumber("id").longValue() == s.getJsonNumber("siteId").longValue()))
                .findFirst().orElseThrow();
        assertEquals(404, coach.get("api/waves/sites/" + other.getJsonNumber("siteId")).status());
        assertEquals(200, manager().get("api/waves/sites/" + other.getJsonNumber("siteId")).status());
    }

    /**
     * A proposal for one demo region, searched with Timefold: stopped early it keeps its best,
     * every wave within the region's coach time, the left-out sites explained; accepted, its waves
     * and placements are written with the checklists. An executive may not ask for one.
     */
    @Test
    default void aProposalIsStoppedKeepingItsBestThenAcceptedIntoTheNewWaves() throws InterruptedException {
        JsonObject coach = Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD).get("api/coaches/me").json();
        long regionId = coach.getJsonNumber("homeRegionId").longValue();
        JsonObject plan = plan("Proposition " + RUN, regionId, null);
        long planId = plan.getJsonNumber("id").longValue();
        assertEquals(403, Api.as(base(), "executive", TerrainDeployment.DEMO_PASSWORD)
                .post("api/waves/plans/" + planId + "/proposal", "{}").status());
        Api.Reply bad = manager().post("api/waves/plans/" + planId + "/proposal", "{\"waves\":0,\"daysPerSite\":9}");
        assertEquals(400, bad.status());
        assertEquals(List.of("waves", "daysPerSite"), bad.json().getJsonArray("fieldErrors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList());

        Api.Reply started = manager().post("api/waves/plans/" + planId + "/proposal",
                "{\"waves\":2,\"cadenceWeeks\":6,\"daysPerSite\":0.5,\"timeLimitSeconds\":60}");
        assertEquals(202, started.status(), started.body());
        String job = started.json().getString("id");
        assertEquals("SOLVING", started.json().getString("status"));
        Thread.sleep(3000);
        JsonObject stopped = manager().post("api/waves/plans/" + planId + "/proposal/" + job + "/stop", "").json();
        assertEquals("STOPPED", stopped.getString("status"));
        JsonObject proposal = manager().get("api/waves/plans/" + planId + "/proposal/" + job).json();
        for (int i = 0; i < 20 && proposal.isNull("score"); i++) {
            Thread.sleep(500);
            proposal = manager().get("api/waves/plans/" + planId + "/proposal/" + job).json();
        }
        assertTrue(proposal.getBoolean("feasible"), proposal.toString());
        // The region's active sites as the network counts them (40 in the demo, more once other checks added some).
        int regionSites = manager().get("api/sites?limit=1&status=ACTIVE&regionId=" + regionId).json().getInt("total");
        assertEquals(regionSites, proposal.getInt("sites"));
        JsonArray waves = proposal.getJsonArray("waves");
        assertEquals(2, waves.size());
        int placed = waves.stream().mapToInt(w -> w.asJsonObject().getInt("sites")).sum();
        assertEquals(regionSites - proposal.getInt("unassigned"), placed);
        assertTrue(placed > 0, proposal.toString());
        if (proposal.getInt("unassigned") > 0) {
            assertTrue(proposal.getJsonArray("reasons").getJsonObject(0).getString("key").startsWith("waves.proposal.reason."),
                    proposal.toString());
        }
        assertTrue(proposal.getJsonArray("breakdown").stream().anyMatch(c -> c.asJsonObject().getString("constraint")
                .equals("coachCapacity") && c.asJsonObject().getInt("hard") == 0));
        assertEquals(0, manager().get("api/waves/plans/" + planId + "/waves").jsonArray().size(), "nothing saved before acceptance");

        JsonObject accepted = manager().post("api/waves/plans/" + planId + "/proposal/" + job + "/accept", "{}").json();
        assertEquals("ACCEPTED", accepted.getString("status"), accepted.toString());
        JsonArray planWaves = manager().get("api/waves/plans/" + planId + "/waves").jsonArray();
        assertEquals(2, planWaves.size());
        assertEquals(placed, planWaves.stream().mapToLong(w -> w.asJsonObject().getJsonNumber("sites").longValue()).sum());
        assertFalse(planWaves.getJsonObject(0).getJsonArray("coaches").isEmpty(), "the region's coaches join the wave");
        JsonObject inWave = manager().get("api/waves/plans/" + planId + "/sites?wave=" + planWaves.getJsonObject(0).getJsonNumber("id"))
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals(4, inWave.getInt("checklistItems"), "the package's four steps");
        Api.Reply again = manager().post("api/waves/plans/" + planId + "/proposal/" + job + "/accept", "{}");
        assertEquals(400, again.status());
    }

    /**
     * Line-management engagement decides the proposal: a blocked sector's sites wait, an only-informed
     * sector's sites go no earlier than the third wave; then the first wave's gate shows its evidence,
     * refuses a decision without rationale, and GO puts the wave live with the evidence frozen.
     */
    @Test
    default void engagementAndBlocksShapeTheProposalAndTheGateLaunchesTheFirstWave() throws InterruptedException {
        long regionId = Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD).get("api/coaches/me").json()
                .getJsonNumber("homeRegionId").longValue();
        long planId = plan("Engagement " + RUN, regionId, null).getJsonNumber("id").longValue();
        JsonArray units = manager().get("api/waves/plans/" + planId + "/engagement").jsonArray();
        List<JsonObject> sectors = units.stream().map(JsonValue::asJsonObject).filter(u -> u.getString("level").equals("SECTOR")).toList();
        assertTrue(sectors.size() >= 2, units.toString());
        long informed = sectors.get(0).getJsonNumber("orgUnitId").longValue();
        long blocked = sectors.get(1).getJsonNumber("orgUnitId").longValue();
        String path = "api/waves/plans/" + planId + "/engagement";
        assertEquals(200, manager().post(path, "{\"orgUnitId\":" + regionId + ",\"level\":\"COMMITTED\"}").status());
        JsonArray noted = manager().post(path, "{\"orgUnitId\":" + informed + ",\"level\":\"INFORMED\",\"comment\":\"Réunion faite\"}")
                .jsonArray();
        assertEquals("INFORMED", noted.stream().map(JsonValue::asJsonObject).filter(u -> u.getJsonNumber("orgUnitId").longValue() == informed)
                .findFirst().orElseThrow().getString("engagement"));
        assertEquals(400, manager().post(path + "/" + blocked + "/block", "{\"reason\":\"\"}").status(), "a block needs its reason");
        assertEquals(200, manager().post(path + "/" + blocked + "/block", "{\"reason\":\"Réorganisation du secteur\"}").status());
        assertEquals(403, Api.as(base(), "executive", TerrainDeployment.DEMO_PASSWORD).post(path, "{\"orgUnitId\":" + regionId
                + ",\"level\":\"CHAMPION\"}").status());

        String job = manager().post("api/waves/plans/" + planId + "/proposal", "{\"waves\":3,\"cadenceWeeks\":6,\"timeLimitSeconds\":4}")
                .json().getString("id");
        JsonObject proposal = manager().get("api/waves/plans/" + planId + "/proposal/" + job).json();
        for (int i = 0; i < 60 && proposal.getString("status").equals("SOLVING"); i++) {
            Thread.sleep(500);
            proposal = manager().get("api/waves/plans/" + planId + "/proposal/" + job).json();
        }
        assertEquals("DONE", proposal.getString("status"), proposal.toString());
        assertTrue(proposal.getBoolean("feasible"), proposal.toString());
        long blockedSites = sectors.get(1).getJsonNumber("sites").longValue();
        assertTrue(proposal.getJsonArray("reasons").stream().anyMatch(r -> r.asJsonObject().getString("key").equals("waves.proposal.reason.blocked")
                && r.asJsonObject().getJsonArray("args").getJsonNumber(0).longValue() == blockedSites), proposal.toString());
        assertEquals("ACCEPTED", manager().post("api/waves/plans/" + planId + "/proposal/" + job + "/accept", "{}").json().getString("status"));
        JsonArray waves = manager().get("api/waves/plans/" + planId + "/waves").jsonArray();
        for (int w = 0; w < 2; w++) {
            long waveId = waves.getJsonObject(w).getJsonNumber("id").longValue();
            JsonArray inWave = manager().get("api/waves/plans/" + planId + "/sites?limit=500&wave=" + waveId).json().getJsonArray("items");
            assertTrue(inWave.stream().noneMatch(s -> s.asJsonObject().getJsonNumber("sectorId").longValue() == informed),
                    "an informed sector's sites wait for the third wave");
            assertTrue(inWave.stream().noneMatch(s -> s.asJsonObject().getJsonNumber("sectorId").longValue() == blocked));
        }

        long first = waves.getJsonObject(0).getJsonNumber("id").longValue();
        String gate = "api/waves/plans/" + planId + "/waves/" + first + "/gate";
        JsonObject evidence = manager().get(gate).json();
        assertEquals(waves.getJsonObject(0).getJsonNumber("sites").longValue(), evidence.getJsonNumber("waveSites").longValue());
        assertEquals(0, evidence.getJsonNumber("earlierSites").longValue(), "no wave before the first");
        Api.Reply noRationale = manager().post(gate, "{\"decision\":\"GO\"}");
        assertEquals(400, noRationale.status());
        assertEquals("rationale", noRationale.json().getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
        Api.Reply go = manager().post(gate, "{\"decision\":\"GO\",\"rationale\":\"Coachs formés, secteurs engagés\"}");
        assertEquals(201, go.status(), go.body());
        assertTrue(go.json().getString("evidence").contains("\"waveSites\":" + evidence.getJsonNumber("waveSites")), go.body());
        assertEquals("LIVE", manager().get("api/waves/plans/" + planId + "/waves/" + first).json().getString("status"));
        assertEquals(1, manager().get(gate + "/decisions").jsonArray().size());
        assertEquals(400, manager().post(gate, "{\"decision\":\"GO\",\"rationale\":\"encore\"}").status(), "a live wave's gate is behind it");
    }
}
