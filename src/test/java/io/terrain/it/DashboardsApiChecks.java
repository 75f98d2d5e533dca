package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The executive dashboard through REST on MariaDB, on a plan the check lays out itself: every figure equals a count
 * over the sites as the check set them, each alert fires on the case built for it and not on its near miss, a line
 * manager reads their sector only (404 elsewhere) and a coach no dashboard (403).
 */
interface DashboardsApiChecks extends DeployedTerrain {

    String DASH_RUN = TestRun.id().toUpperCase();

    /** A site as the check lays it out: its sector, its wave (null: none), and what happens to it. */
    record Layout(String code, String sector, String wave, Fate fate) {
    }

    enum Fate { NOT_STARTED, ADOPTED, IN_PROGRESS, BLOCKED }

    private Api manager() {
        return Api.signedIn(base(), "manager", TerrainDeployment.DEMO_PASSWORD);
    }

    private JsonObject orgUnit(String code) {
        return manager().get("api/org-units").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** The dashboard's five counts as [not planned, planned, in progress, adopted, blocked]. */
    private static List<Long> counts(JsonObject c) {
        return List.of(c.getJsonNumber("notPlanned").longValue(), c.getJsonNumber("planned").longValue(),
                c.getJsonNumber("inProgress").longValue(), c.getJsonNumber("adopted").longValue(), c.getJsonNumber("blocked").longValue());
    }

    /** The same five counts over the layout's sites that match. */
    private static List<Long> expected(List<Layout> sites, Predicate<Layout> where) {
        List<Layout> in = sites.stream().filter(where).toList();
        return List.of(in.stream().filter(s -> s.wave() == null && s.fate() != Fate.BLOCKED).count(),
                in.stream().filter(s -> s.wave() != null && s.fate() == Fate.NOT_STARTED).count(),
                in.stream().filter(s -> s.fate() == Fate.IN_PROGRESS).count(),
                in.stream().filter(s -> s.fate() == Fate.ADOPTED).count(),
                in.stream().filter(s -> s.fate() == Fate.BLOCKED).count());
    }

    private static String alert(JsonObject a) {
        return a.getString("kind") + "|" + a.getString("subject") + "|" + Math.round(a.getJsonNumber("figure").doubleValue());
    }

    @Test
    default void theExecutiveDashboardCountsWhatTheSitesAreAndRaisesEachAlertOnItsCaseOnly() {
        String a = "DA" + DASH_RUN;
        String b = "DB" + DASH_RUN;
        LocalDate today = LocalDate.now();
        LocalDate w1GoLive = today.minusDays(30);
        LocalDate w2GoLive = today.plusDays(90);
        List<Layout> sites = List.of(
                new Layout(a + "-1", a + "-S1", "W1", Fate.ADOPTED), new Layout(a + "-2", a + "-S1", "W1", Fate.ADOPTED),
                new Layout(a + "-3", a + "-S1", "W1", Fate.ADOPTED), new Layout(a + "-4", a + "-S1", "W1", Fate.IN_PROGRESS),
                new Layout(a + "-5", a + "-S1", "W1", Fate.IN_PROGRESS), new Layout(a + "-6", a + "-S1", "W1", Fate.IN_PROGRESS),
                new Layout(a + "-7", a + "-S2", "W1", Fate.BLOCKED), new Layout(a + "-8", a + "-S2", "W1", Fate.NOT_STARTED),
                new Layout(a + "-9", a + "-S2", "W2", Fate.NOT_STARTED), new Layout(a + "-10", a + "-S2", "W2", Fate.NOT_STARTED),
                new Layout(b + "-1", b + "-S", null, Fate.NOT_STARTED), new Layout(b + "-2", b + "-S", "W2", Fate.BLOCKED));

        // The network: two regions, three sectors, the twelve sites.
        Api.Reply units = manager().postCsv("api/sites/import?kind=ORG_UNITS", "code,name,level,parent_code\n" + a + ",Région " + a
                + ",REGION,FR\n" + a + "-S1,Secteur " + a + " un,SECTOR," + a + "\n" + a + "-S2,Secteur " + a + " deux,SECTOR," + a + "\n"
                + b + ",Région " + b + ",REGION,FR\n" + b + "-S,Secteur " + b + ",SECTOR," + b + "\n");
        assertTrue(units.json().getBoolean("applied"), units.body());
        Api.Reply imported = manager().postCsv("api/sites/import?kind=SITES", "code,name,kind,org_unit_code\n" + sites.stream()
                .map(s -> s.code() + ",Site " + s.code() + ",STORE," + s.sector()).collect(Collectors.joining("\n")) + "\n");
        assertEquals(sites.size(), imported.json().getInt("newRows"), imported.body());
        Map<String, Long> siteIds = new HashMap<>();
        for (String prefix : List.of(a, b)) {
            manager().get("api/sites?limit=50&q=" + prefix).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .forEach(s -> siteIds.put(s.getString("code"), id(s)));
        }
        long regionA = id(orgUnit(a));
        long regionB = id(orgUnit(b));
        long sector1 = id(orgUnit(a + "-S1"));
        long sector2 = id(orgUnit(a + "-S2"));

        // The plan and its schedule: wave 1 live for a month, wave 2 in three months; three sites adopted 20 days ago.
        Api.Reply created = manager().post("api/waves/plans", "{\"name\":\"Tableau de bord " + DASH_RUN + "\",\"packageId\":"
                + DemoLookup.demoPackageId(base()) + ",\"orgUnitIds\":[" + regionA + "," + regionB + "]}");
        assertEquals(201, created.status(), created.body());
        long planId = id(created.json());
        String plan = "api/waves/plans/" + planId;
        String schedule = "site_code,wave_code,planned_go_live,adopted_on\n" + sites.stream().filter(s -> s.wave() != null)
                .map(s -> s.code() + "," + s.wave() + "," + ("W1".equals(s.wave()) ? w1GoLive : w2GoLive) + ","
                        + (s.fate() == Fate.ADOPTED ? today.minusDays(20).toString() : ""))
                .collect(Collectors.joining("\n")) + "\n";
        Api.Reply scheduled = manager().postCsv(plan + "/import", schedule);
        assertTrue(scheduled.json().getBoolean("applied"), scheduled.body());

        // Sites in progress: their first checklist item started (the first such site's done, so that a site's counts
        // change through the checklist itself, not only through the import).
        boolean firstInProgress = true;
        for (Layout s : sites.stream().filter(s -> s.fate() == Fate.IN_PROGRESS).toList()) {
            long site = siteIds.get(s.code());
            JsonObject first = manager().get("api/waves/sites/" + site + "/checklist?plan=" + planId).jsonArray().getJsonObject(0);
            Api.Reply started = manager().put("api/waves/sites/" + site + "/checklist/" + id(first) + "?version="
                    + first.getJsonNumber("version"), firstInProgress ? "{\"status\":\"DONE\",\"evidence\":\"Affiche posée\"}"
                    : "{\"status\":\"IN_PROGRESS\"}");
            firstInProgress = false;
            assertEquals(200, started.status(), started.body());
            assertEquals("IN_PROGRESS", started.json().getJsonObject("rollout").getString("status"));
        }
        // Blocked sites: a-7 twenty days ago (past the 14 days allowed), b-2 today.
        for (Layout s : sites.stream().filter(s -> s.fate() == Fate.BLOCKED).toList()) {
            long site = siteIds.get(s.code());
            long version = manager().get("api/waves/sites/" + site + "?plan=" + planId).json().getJsonObject("rollout")
                    .getJsonNumber("version").longValue();
            Api.Reply blocked = manager().post("api/waves/sites/" + site + "/block?plan=" + planId + "&version=" + version,
                    "{\"reason\":\"Travaux\"}");
            assertEquals(200, blocked.status(), blocked.body());
        }
        assertEquals(1, TestDatabase.update("UPDATE waves_site_rollout SET blocked_since = ? WHERE plan_id = ? AND site_id = ?",
                today.minusDays(20), planId, siteIds.get(a + "-7")));
        // Sector two blocked fifteen days ago; sector one committed.
        assertEquals(200, manager().post(plan + "/engagement/" + sector2 + "/block", "{\"reason\":\"Réorganisation\"}").status());
        assertEquals(1, TestDatabase.update("UPDATE waves_unit_block SET since = ? WHERE plan_id = ? AND org_unit_id = ?",
                today.minusDays(15), planId, sector2));
        assertEquals(200, manager().post(plan + "/engagement", "{\"orgUnitId\":" + sector1 + ",\"level\":\"COMMITTED\"}").status());
        // Coaching: a-5 has a coach and was visited 10 days ago, a-6 a month ago, a-4 never (a visit planned 3 days ago).
        long coach = TestDatabase.queryLong("SELECT MIN(id) FROM coaches_coach");
        TestDatabase.update("INSERT INTO coaches_assignment (coach_id, site_id, starts_on) VALUES (?, ?, ?)", coach,
                siteIds.get(a + "-5"), today.minusDays(40));
        visit(coach, siteIds.get(a + "-5"), today.minusDays(10), "LOGGED");
        visit(coach, siteIds.get(a + "-6"), today.minusDays(30), "LOGGED");
        visit(coach, siteIds.get(a + "-4"), today.minusDays(3), "PLANNED");

        // What the checklists hold, read site by site: closed items of wave 1, and its sites with an open item past due.
        long w1Items = 0;
        long w1Closed = 0;
        long w1Overdue = 0;
        Map<String, Long> overdueBySector = new HashMap<>();
        for (Layout s : sites.stream().filter(s -> "W1".equals(s.wave())).toList()) {
            boolean late = false;
            for (JsonValue v : manager().get("api/waves/sites/" + siteIds.get(s.code()) + "/checklist?plan=" + planId).jsonArray()) {
                JsonObject item = v.asJsonObject();
                boolean open = List.of("TODO", "IN_PROGRESS").contains(item.getString("status"));
                w1Items++;
                w1Closed += open ? 0 : 1;
                late |= open && LocalDate.parse(item.getString("dueOn")).isBefore(today);
            }
            if (late) {
                w1Overdue++;
                overdueBySector.merge(s.sector(), 1L, Long::sum);
            }
        }
        assertTrue(w1Overdue > 0, "wave 1 went live a month ago: some of its sites are late on their checklist");

        JsonObject board = manager().get("api/dashboards/executive?plan=" + planId).json();
        assertEquals("NETWORK", board.getJsonObject("place").getString("level"));
        assertEquals(expected(sites, s -> true), counts(board.getJsonObject("coverage")));
        JsonArray parts = board.getJsonArray("parts");
        assertEquals(2, parts.size());
        for (JsonValue v : parts) {
            JsonObject part = v.asJsonObject();
            String region = part.getJsonObject("place").getString("name").substring("Région ".length());
            assertEquals(expected(sites, s -> s.code().startsWith(region + "-")), counts(part.getJsonObject("counts")), region);
        }
        Map<String, Double> matrix = board.getJsonArray("matrix").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(m -> m.getString("group"), m -> m.getJsonNumber("adoptionRate").doubleValue()));
        assertEquals(Map.of("Région " + a, 3 / 10.0, "Région " + b, 0.0), matrix);
        // By wave: W1 holds a-1 to a-8 (3 adopted), W2 a-9, a-10 and b-2 (none).
        assertEquals(List.of("W1|0.375|LAGGING", "W2|0.0|LAGGING"), board.getJsonArray("matrixByWave").stream().map(JsonValue::asJsonObject)
                .map(m -> m.getString("group") + "|" + m.getJsonNumber("adoptionRate").doubleValue() + "|" + m.getString("quadrant")).toList());
        JsonObject w1 = board.getJsonArray("waves").getJsonObject(0);
        assertEquals("W1", w1.getJsonObject("wave").getString("code"));
        assertTrue(w1.getBoolean("late"));
        assertEquals(30 - 14, w1.getInt("daysLate"));
        assertEquals(expected(sites, s -> "W1".equals(s.wave())), counts(w1.getJsonObject("wave").getJsonObject("counts")));
        assertEquals(w1Items, w1.getJsonObject("wave").getJsonNumber("checklistItems").longValue());
        assertEquals(w1Closed, w1.getJsonObject("wave").getJsonNumber("checklistClosed").longValue());
        assertEquals(w1Overdue, w1.getJsonObject("wave").getJsonNumber("lateSites").longValue());
        assertFalse(board.getJsonArray("waves").getJsonObject(1).getBoolean("late"), "wave 2 is three months away");
        JsonArray curve = board.getJsonArray("curve");
        JsonObject last = curve.getJsonObject(curve.size() - 1);
        assertEquals(w2GoLive.withDayOfMonth(w2GoLive.lengthOfMonth()).toString(), last.getString("monthEnd"));
        assertEquals(sites.stream().filter(s -> s.wave() != null).count(), last.getJsonNumber("planned").longValue());
        JsonObject thisMonth = curve.stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("monthEnd").equals(today.withDayOfMonth(today.lengthOfMonth()).toString())).findFirst().orElseThrow();
        assertEquals(3, thisMonth.getJsonNumber("adopted").longValue());
        assertEquals(sites.stream().filter(s -> "W1".equals(s.wave())).count(), thisMonth.getJsonNumber("planned").longValue());
        JsonObject lines = board.getJsonObject("lineManagement");
        assertEquals(Map.of("COMMITTED", 1, "NONE", 4), lines.getJsonObject("unitsByLevel").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((jakarta.json.JsonNumber) e.getValue()).intValue())),
                "sector one committed; both regions, sector two and region B's sector not noted");
        assertEquals(List.of("Secteur " + a + " deux"), lines.getJsonArray("blockedUnits").stream()
                .map(u -> u.asJsonObject().getString("name")).toList());
        JsonObject coaching = board.getJsonObject("coaching");
        assertEquals(4, coaching.getInt("activeSites"), "wave 1's sites neither adopted nor blocked");
        assertEquals(3, coaching.getInt("sitesWithoutCoach"));
        assertEquals(1, coaching.getInt("visitsLogged"), "the visit a month ago is before the last four weeks");
        assertEquals(1, coaching.getInt("visitsPlanned"));
        assertFalse(board.getJsonArray("impacts").getJsonObject(0).containsKey("overall"), "nothing measured: no impact stored");

        // Each alert on its case, none on the near misses (b-2 blocked today, a-5 visited 10 days ago, wave 2).
        List<String> expectedAlerts = new ArrayList<>(List.of("WAVE_LATE|W1|16", "SITE_BLOCKED|" + a + "-7|20",
                "UNIT_BLOCKED|Secteur " + a + " deux|15", "CHECKLIST_OVERDUE|W1|" + w1Overdue, "NO_RECENT_VISIT|" + a + "-4|-1",
                "NO_RECENT_VISIT|" + a + "-6|30"));
        // Neither wave has coaches: each week (counted from the first wave's start) that overlaps today and the four weeks
        // ahead while a wave runs (from its preparation, or go-live, until 8 weeks after going live).
        List<LocalDate[]> running = manager().get(plan + "/waves").jsonArray().stream().map(JsonValue::asJsonObject).map(w -> {
            LocalDate goLive = LocalDate.parse(w.getString("goLive"));
            LocalDate start = w.containsKey("preparationStart") ? LocalDate.parse(w.getString("preparationStart")) : goLive;
            return new LocalDate[] {start, goLive.plusWeeks(8)};
        }).toList();
        LocalDate first = running.stream().map(r -> r[0]).min(LocalDate::compareTo).orElseThrow();
        for (LocalDate week = first; week.isBefore(today.plusWeeks(4)); week = week.plusWeeks(1)) {
            LocalDate w = week;
            boolean runs = running.stream().anyMatch(r -> !w.isBefore(r[0]) && w.isBefore(r[1]));
            if (runs && !w.plusDays(6).isBefore(today)) {
                expectedAlerts.add("COACH_OVER_CAPACITY|" + w + "|-1");
            }
        }
        List<String> alerts = manager().get("api/dashboards/alerts?plan=" + planId).jsonArray().stream()
                .map(v -> alert(v.asJsonObject())).toList();
        assertEquals(expectedAlerts, alerts);
        assertEquals(expectedAlerts, board.getJsonArray("alerts").stream().map(v -> alert(v.asJsonObject())).toList());

        // Drilling down: region, sector, site, with the way back up.
        JsonObject region = manager().get("api/dashboards/executive?plan=" + planId + "&unit=" + regionA).json();
        assertEquals(expected(sites, s -> s.code().startsWith(a + "-")), counts(region.getJsonObject("coverage")));
        assertEquals(List.of("Secteur " + a + " deux", "Secteur " + a + " un"), region.getJsonArray("parts").stream()
                .map(p -> p.asJsonObject().getJsonObject("place").getString("name")).toList());
        assertEquals(List.of("NETWORK"), region.getJsonArray("breadcrumb").stream().map(c -> c.asJsonObject().getString("level")).toList());
        JsonObject sector = manager().get("api/dashboards/executive?plan=" + planId + "&unit=" + sector1).json();
        assertEquals(expected(sites, s -> s.sector().equals(a + "-S1")), counts(sector.getJsonObject("coverage")));
        assertEquals(List.of(a + "-1", a + "-2", a + "-3", a + "-4", a + "-5", a + "-6"), sector.getJsonArray("parts").stream()
                .map(p -> p.asJsonObject().getJsonObject("place").getString("name")).toList());
        JsonObject site = manager().get("api/dashboards/executive?plan=" + planId + "&site=" + siteIds.get(a + "-1")).json();
        assertEquals(List.of(0L, 0L, 0L, 1L, 0L), counts(site.getJsonObject("coverage")));
        assertEquals(List.of("NETWORK", "REGION", "SECTOR"), site.getJsonArray("breadcrumb").stream()
                .map(c -> c.asJsonObject().getString("level")).toList());
        assertEquals(400, manager().get("api/dashboards/executive?unit=" + regionA + "&site=" + siteIds.get(a + "-1")).status());

        // A line manager of sector one: their sector by default, nothing above or beside it.
        String username = "dash" + DASH_RUN.toLowerCase();
        Api.Reply user = Api.as(base(), "admin", TerrainDeployment.DEMO_PASSWORD).post("api/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Directeur " + DASH_RUN + "\",\"email\":\"" + username + "@example.com\",\"language\":\"fr\","
                + "\"roles\":[\"LINE_MANAGER\"],\"password\":\"mon secteur à moi " + DASH_RUN + "\"}");
        assertEquals(201, user.status(), user.body());
        JsonObject unit = orgUnit(a + "-S1");
        assertEquals(200, manager().put("api/org-units/" + sector1 + "?version=" + unit.getJsonNumber("version"), "{\"code\":\"" + a
                + "-S1\",\"name\":\"Secteur " + a + " un\",\"level\":\"SECTOR\",\"parentCode\":\"" + a + "\",\"managerUserId\":"
                + id(user.json()) + "}").status());
        assertEquals(204, Api.as(base(), username, "mon secteur à moi " + DASH_RUN).post("api/users/me/password",
                "{\"currentPassword\":\"mon secteur à moi " + DASH_RUN + "\",\"newPassword\":\"le secteur un " + DASH_RUN + "\"}").status());
        Api lineManager = Api.as(base(), username, "le secteur un " + DASH_RUN);
        JsonObject own = lineManager.get("api/dashboards/executive").json();
        assertEquals(planId, id(own.getJsonObject("plan")), "the only plan reaching their sector");
        assertEquals(sector1, own.getJsonObject("place").getJsonNumber("id").longValue());
        assertEquals(0, own.getJsonArray("breadcrumb").size(), "the region above is not theirs");
        assertEquals(expected(sites, s -> s.sector().equals(a + "-S1")), counts(own.getJsonObject("coverage")));
        assertEquals(List.of("WAVE_LATE|W1|16", "CHECKLIST_OVERDUE|W1|" + overdueBySector.get(a + "-S1"),
                "NO_RECENT_VISIT|" + a + "-4|-1", "NO_RECENT_VISIT|" + a + "-6|30"),
                lineManager.get("api/dashboards/alerts?plan=" + planId).jsonArray().stream().map(v -> alert(v.asJsonObject())).toList());
        assertEquals(404, lineManager.get("api/dashboards/executive?plan=" + planId + "&unit=" + regionA).status());
        assertEquals(404, lineManager.get("api/dashboards/executive?plan=" + planId + "&unit=" + sector2).status());
        assertEquals(404, lineManager.get("api/dashboards/executive?plan=" + planId + "&site=" + siteIds.get(a + "-7")).status());
        assertEquals(404, lineManager.get("api/dashboards/alerts?plan=" + planId + "&unit=" + regionB).status());
        assertEquals(200, lineManager.get("api/dashboards/executive?plan=" + planId + "&site=" + siteIds.get(a + "-2")).status());

        // Readers: an executive reads the same figures; a coach reads no dashboard.
        assertEquals(counts(board.getJsonObject("coverage")), counts(Api.as(base(), "executive", TerrainDeployment.DEMO_PASSWORD)
                .get("api/dashboards/executive?plan=" + planId).json().getJsonObject("coverage")));
        assertEquals(403, Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD).get("api/dashboards/executive").status());
        assertEquals(404, manager().get("api/dashboards/executive?plan=987654321").status());
    }

    /**
     * A KPI of the check's own measured 8 weeks at six sites; two adopt in the fifth week. Every expected figure is worked by
     * hand in the comments: the adopted-against-not-yet trend, and the one adopted site that worsened beyond its noise.
     */
    @Test
    default void theTrendAndTheWorseningSitesComeFromTheWeeksMeasured() {
        String p = "TW" + DASH_RUN;
        String kpi = "TW" + DASH_RUN;
        Api.Reply units = manager().postCsv("api/sites/import?kind=ORG_UNITS", "code,name,level,parent_code\n" + p + ",Région " + p
                + ",REGION,FR\n" + p + "-S,Secteur " + p + ",SECTOR," + p + "\n");
        assertTrue(units.json().getBoolean("applied"), units.body());
        List<String> codes = List.of(p + "-N1", p + "-N2", p + "-N3", p + "-N4", p + "-A1", p + "-A2");
        assertEquals(6, manager().postCsv("api/sites/import?kind=SITES", "code,name,kind,org_unit_code\n" + codes.stream()
                .map(c -> c + ",Site " + c + ",STORE," + p + "-S").collect(Collectors.joining("\n")) + "\n").json().getInt("newRows"));
        assertEquals(201, manager().post("api/indicators/kpis", "{\"code\":\"" + kpi + "\",\"nameFr\":\"Accueil\",\"nameEn\":\"Welcome\","
                + "\"unit\":\"pts\",\"direction\":\"HIGHER_IS_BETTER\",\"aggregation\":\"MEAN\",\"granularity\":\"WEEK\"}").status());
        LocalDate w0 = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(10);
        int[][] values = {
                {50, 52, 50, 52, 50, 52, 50, 52},   // N1
                {50, 50, 52, 52, 50, 50, 52, 52},   // N2
                {52, 50, 52, 50, 52, 50, 52, 50},   // N3
                {48, 50, 48, 50, 48, 50, 48, 50},   // N4
                {50, 52, 50, 52, 40, 42, 40, 42},   // A1: ten points down once adopted
                {50, 50, 50, 52, 50, 49, 51, 50}};  // A2: a little down, within its ups and downs
        StringBuilder csv = new StringBuilder("site_code,kpi_code,period_start,value\n");
        for (int site = 0; site < codes.size(); site++) {
            for (int week = 0; week < 8; week++) {
                csv.append(codes.get(site)).append(',').append(kpi).append(',').append(w0.plusWeeks(week)).append(',')
                        .append(values[site][week]).append('\n');
            }
        }
        assertTrue(manager().postCsv("api/indicators/measurements/import", csv.toString()).json().getBoolean("applied"));
        long region = id(orgUnit(p));
        Api.Reply created = manager().post("api/waves/plans", "{\"name\":\"Tendance " + DASH_RUN + "\",\"packageId\":"
                + DemoLookup.demoPackageId(base()) + ",\"orgUnitIds\":[" + region + "],\"kpis\":[{\"kpiCode\":\"" + kpi
                + "\",\"primary\":true}]}");
        assertEquals(201, created.status(), created.body());
        long planId = id(created.json());
        LocalDate adoption = w0.plusWeeks(4);
        assertTrue(manager().postCsv("api/waves/plans/" + planId + "/import", "site_code,wave_code,planned_go_live,adopted_on\n"
                + p + "-A1,W1," + adoption + "," + adoption + "\n" + p + "-A2,W1," + adoption + "," + adoption + "\n").json()
                .getBoolean("applied"));
        // The impact computed and stored before the dashboard first reads it.
        assertEquals(200, manager().get("api/waves/plans/" + planId + "/impact?kpi=" + kpi).status());

        JsonObject board = manager().get("api/dashboards/executive?plan=" + planId).json();
        JsonObject impact = board.getJsonArray("impacts").getJsonObject(0);
        // Weeks 1–4 all six sites are not yet adopted: 300/6, 304/6, 302/6, 308/6. Weeks 5–8: N1–N4 (200, 202, 202, 204
        // over 4) against A1 and A2 ((40+50)/2, (42+49)/2, (40+51)/2, (42+50)/2).
        double[][] trend = {{Double.NaN, 0, 50, 6}, {Double.NaN, 0, 304 / 6.0, 6}, {Double.NaN, 0, 302 / 6.0, 6}, {Double.NaN, 0, 308 / 6.0, 6},
                {45, 2, 50, 4}, {45.5, 2, 50.5, 4}, {45.5, 2, 50.5, 4}, {46, 2, 51, 4}};
        JsonArray points = impact.getJsonArray("trend");
        assertEquals(8, points.size());
        for (int week = 0; week < 8; week++) {
            JsonObject point = points.getJsonObject(week);
            assertEquals(w0.plusWeeks(week).toString(), point.getString("period"));
            assertEquals(Double.isNaN(trend[week][0]), !point.containsKey("adoptedMean"), "week " + week);
            if (!Double.isNaN(trend[week][0])) {
                assertEquals(trend[week][0], point.getJsonNumber("adoptedMean").doubleValue(), 1e-9, "week " + week);
            }
            assertEquals((int) trend[week][1], point.getInt("adoptedSites"));
            assertEquals(trend[week][2], point.getJsonNumber("notYetMean").doubleValue(), 1e-9, "week " + week);
            assertEquals((int) trend[week][3], point.getInt("notYetSites"));
        }
        // A1 less the not-yet mean: before 0, 4/3, −1/3, 2/3 (mean 5/12), after −10, −8.5, −10.5, −9 (mean −9.5): −119/12,
        // t ≈ −16.9. A2: before 0, −2/3, −1/3, 2/3, after 0, −1.5, 0.5, −1: −5/12 with t ≈ −0.77, within its noise.
        List<JsonObject> worsened = manager().get("api/dashboards/alerts?plan=" + planId).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("kind").equals("SITE_KPI_WORSENED")).toList();
        assertEquals(List.of(p + "-A1 · " + kpi), worsened.stream().map(a -> a.getString("subject")).toList());
        assertEquals(-119 / 12.0, worsened.get(0).getJsonNumber("figure").doubleValue(), 1e-9);
        assertEquals("waves/site.xhtml?plan=" + planId + "&site=" + id(manager().get("api/sites?q=" + p + "-A1").json()
                .getJsonArray("items").getJsonObject(0)), worsened.get(0).getString("link"));
        // W1 is both sites, adopted; two adopted sites are too few for a wave's own effect.
        JsonObject wave = board.getJsonArray("matrixByWave").getJsonObject(0);
        assertEquals(1.0, wave.getJsonNumber("adoptionRate").doubleValue());
        assertFalse(wave.containsKey("effect"));
        assertEquals("ADOPTED_NO_EFFECT", wave.getString("quadrant"));
    }

    @Test
    default void theSymmetryOfAttentionsCorrelatesEachSitesEmployeeEngagementWithItsCustomersSatisfaction() {
        String p = "SY" + DASH_RUN;
        Api.Reply units = manager().postCsv("api/sites/import?kind=ORG_UNITS", "code,name,level,parent_code\n" + p + ",Région " + p
                + ",REGION,FR\n" + p + "-S,Secteur " + p + ",SECTOR," + p + "\n");
        assertTrue(units.json().getBoolean("applied"), units.body());
        assertEquals(6, manager().postCsv("api/sites/import?kind=SITES", "code,name,kind,org_unit_code\n" + IntStream.rangeClosed(1, 6)
                .mapToObj(i -> p + "-" + i + ",Site " + i + ",STORE," + p + "-S").collect(Collectors.joining("\n")) + "\n").json().getInt("newRows"));
        // eNPS from the teams' answers (promoters, passives, detractors): 0, 20, 30, 40, 50; CSAT 3.0, 3.5, 3.4, 4.2, 4.4.
        // Site 6 has an eNPS but no CSAT: left out.
        int[][] teams = {{3, 4, 3}, {4, 4, 2}, {5, 3, 2}, {6, 2, 2}, {6, 3, 1}, {1, 1, 8}};
        double[] csat = {3.0, 3.5, 3.4, 4.2, 4.4};
        StringBuilder csv = new StringBuilder("site_code,kpi_code,period_start,value,promoters,passives,detractors\n");
        for (int i = 0; i < teams.length; i++) {
            csv.append(p).append('-').append(i + 1).append(",ENPS,2025-01-01,,").append(teams[i][0]).append(',').append(teams[i][1])
                    .append(',').append(teams[i][2]).append('\n');
            if (i < csat.length) {
                csv.append(p).append('-').append(i + 1).append(",CSAT,2025-01-06,").append(csat[i]).append(",,,\n");
            }
        }
        JsonObject imported = manager().postCsv("api/indicators/measurements/import", csv.toString()).json();
        assertTrue(imported.getBoolean("applied"), imported.toString());
        long sector = id(orgUnit(p + "-S"));
        JsonObject symmetry = manager().get("api/dashboards/symmetry?unit=" + sector + "&from=2025-01-01&to=2025-01-31").json();
        assertEquals(5, symmetry.getInt("sites"));
        assertEquals(List.of(0.0, 20.0, 30.0, 40.0, 50.0), symmetry.getJsonArray("points").stream()
                .map(v -> v.asJsonObject().getJsonNumber("employee").doubleValue()).toList());
        // Pearson's r of those five pairs and Fisher's interval, computed by hand: z = atanh r, se = 1/sqrt(2).
        assertEquals(0.9361576240032081, symmetry.getJsonNumber("correlation").doubleValue(), 1e-12);
        assertEquals(0.3096135515076668, symmetry.getJsonNumber("ciLow").doubleValue(), 1e-12);
        assertEquals(0.9958835507726719, symmetry.getJsonNumber("ciHigh").doubleValue(), 1e-12);
        assertEquals(List.of(p + "-1", p + "-2", p + "-3", p + "-4", p + "-5"), symmetry.getJsonArray("leastEngaged").stream()
                .map(v -> v.asJsonObject().getString("siteCode")).toList());
        Api.Reply unknown = manager().get("api/dashboards/symmetry?unit=" + sector + "&kpiEmployee=HAPPINESS");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("kpiEmployee", unknown.json().getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
        assertEquals(404, Api.as(base(), "linemanager", TerrainDeployment.DEMO_PASSWORD).get("api/dashboards/symmetry?unit=" + sector).status(),
                "another region than theirs");
        assertEquals(403, Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD).get("api/dashboards/symmetry").status());
    }

    private static void visit(long coach, long site, LocalDate on, String status) {
        assertEquals(1, TestDatabase.update("INSERT INTO coaches_visit (uuid, coach_id, site_id, visit_date, purpose, status, version)"
                + " VALUES (?, ?, ?, ?, 'COACHING', ?, 0)", UUID.randomUUID().toString(), coach, site, on, status));
    }
}
