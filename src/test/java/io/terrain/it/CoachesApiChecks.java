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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The coach roster, assignments, coverage, workload and planned visits through REST on MariaDB, with the scope rules. */
interface CoachesApiChecks extends DeployedTerrain {

    String RUN = TestRun.id().toLowerCase();

    private Api as(String user) {
        return Api.signedIn(base(), user, TerrainDeployment.DEMO_PASSWORD);
    }

    private long siteId(String code) {
        return DemoLookup.siteId(base(), code);
    }

    private long userId(String username) {
        return DemoLookup.userId(base(), username);
    }

    private static String coach(long userId, String capacity, String status) {
        return "{\"userId\":" + userId + ",\"formerRole\":\"Directeur de magasin\",\"secondedFrom\":\"2026-09-01\","
                + "\"secondedUntil\":\"2027-08-31\",\"capacityDays\":" + capacity + ",\"languages\":[\"fr\",\"en\"],\"status\":\"" + status
                + "\",\"training\":[{\"module\":\"Conduite du changement 1\",\"completedOn\":\"2026-09-15\"},{\"module\":\"Coaching d'équipe\"}]}";
    }

    @Test
    default void coachesAreStaffedAssignedAndPlannedAndEachCoachSeesOnlyTheirOwn() {
        // Two coaches: the demo coach and one created for this run.
        String other = "coach" + RUN;
        Api.Reply user = as("admin").post("api/users", "{\"username\":\"" + other + "\",\"displayName\":\"Coach " + RUN + "\","
                + "\"email\":\"" + other + "@example.com\",\"language\":\"fr\",\"roles\":[\"COACH\"],\"password\":\"carnet de route " + RUN + "\"}");
        assertEquals(201, user.status(), user.body());
        JsonObject demoCoach = findOrCreate(userId("coach"));
        Api.Reply created = as("manager").post("api/coaches", coach(user.json().getJsonNumber("id").longValue(), "1.5", "ACTIVE"));
        assertEquals(201, created.status(), created.body());
        JsonObject second = created.json();
        assertEquals(1, second.getJsonArray("training").stream().filter(t -> t.asJsonObject().get("completedOn") != null).count());
        assertEquals(400, as("manager").post("api/coaches", coach(user.json().getJsonNumber("id").longValue(), "1.5", "ACTIVE")).status(),
                "one roster entry per user");
        JsonObject bad = as("manager").post("api/coaches", "{\"userId\":" + userId("manager") + ",\"secondedFrom\":\"2026-09-01\","
                + "\"secondedUntil\":\"2026-01-01\",\"capacityDays\":9,\"languages\":[\"klingon\"]}").json();
        List<String> fields = bad.getJsonArray("fieldErrors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("userId", "secondedUntil", "capacityDays", "languages")), fields.toString());
        assertEquals(403, as("executive").post("api/coaches", coach(userId("executive"), "1", "ACTIVE")).status());

        // Assignments and coverage.
        long secondId = second.getJsonNumber("id").longValue();
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        // A region made for this run, with one sector and two sites: its coverage is known by hand (0 of 2, then 2 of 2).
        String region = "CR" + RUN.toUpperCase();
        assertEquals(201, as("manager").post("api/org-units", "{\"code\":\"" + region + "\",\"name\":\"Couverture " + RUN
                + "\",\"level\":\"REGION\",\"parentCode\":\"FR\"}").status());
        assertEquals(201, as("manager").post("api/org-units", "{\"code\":\"" + region + "-S\",\"name\":\"Secteur " + RUN
                + "\",\"level\":\"SECTOR\",\"parentCode\":\"" + region + "\"}").status());
        long s1 = newSite(region + "1", region + "-S");
        long s2 = newSite(region + "2", region + "-S");
        JsonObject before = regionNamed(as("manager").get("api/coaches/coverage?on=" + monday).jsonArray(), "Couverture " + RUN);
        assertEquals("2 sites, 0 covered", before.getInt("sites") + " sites, " + before.getInt("coveredSites") + " covered");
        java.util.Set<Long> uncoveredBefore = as("manager").get("api/coaches/coverage/uncovered?on=" + monday).jsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).collect(java.util.stream.Collectors.toSet());
        assertTrue(uncoveredBefore.containsAll(List.of(s1, s2)), "both new sites start without a coach");
        assertEquals(201, as("manager").post("api/coaches/assignments", "{\"coachId\":" + secondId + ",\"siteId\":" + s1
                + ",\"startsOn\":\"" + monday + "\"}").status());
        assertEquals(201, as("manager").post("api/coaches/assignments", "{\"coachId\":" + secondId + ",\"siteId\":" + s2
                + ",\"startsOn\":\"" + monday + "\",\"endsOn\":\"" + monday.plusWeeks(8) + "\"}").status());
        Api.Reply overlap = as("manager").post("api/coaches/assignments", "{\"coachId\":" + secondId + ",\"siteId\":" + s1
                + ",\"startsOn\":\"" + monday.plusWeeks(2) + "\"}");
        assertEquals(400, overlap.status());
        assertEquals("assignment.overlap", overlap.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));
        JsonObject after = regionNamed(as("manager").get("api/coaches/coverage?on=" + monday).jsonArray(), "Couverture " + RUN);
        assertEquals("2 sites, 2 covered", after.getInt("sites") + " sites, " + after.getInt("coveredSites") + " covered");
        JsonObject later = regionNamed(as("manager").get("api/coaches/coverage?on=" + monday.plusWeeks(9)).jsonArray(), "Couverture " + RUN);
        assertEquals(1, later.getInt("coveredSites"), "the second assignment ended after eight weeks");
        assertTrue(as("manager").get("api/coaches/coverage/uncovered?on=" + monday).jsonArray().stream()
                .noneMatch(x -> List.of(s1, s2).contains(x.asJsonObject().getJsonNumber("id").longValue())), "assigned sites are covered");

        // A suggested cadence, planned: 2 visit days in the first week against 1.5 is over capacity.
        JsonArray cadence = as("manager").get("api/coaches/" + secondId + "/cadence?site=" + s1 + "&start=" + monday).jsonArray();
        assertEquals(7, cadence.size());
        assertEquals("LAUNCH", cadence.getJsonObject(0).getString("purpose"));
        for (JsonValue v : cadence) {
            assertEquals(200, as("manager").put("api/coaches/visits", v.toString()).status());
        }
        String tuesday = "{\"uuid\":\"" + UUID.randomUUID() + "\",\"coachId\":" + secondId + ",\"siteId\":" + s2 + ",\"date\":\""
                + monday.plusDays(1) + "\",\"startTime\":\"14:00:00\",\"durationMinutes\":90,\"purpose\":\"COACHING\"}";
        JsonObject planned = as("manager").put("api/coaches/visits", tuesday).json();
        // The same UUID again, with the version read, moves the visit (a drag on the calendar): still one visit, on the new day.
        String moved = withVersion(tuesday.replace("\"date\":\"" + monday.plusDays(1) + "\"", "\"date\":\"" + monday.plusDays(2) + "\""),
                planned.getJsonNumber("version").longValue());
        JsonObject movedVisit = as("manager").put("api/coaches/visits", moved).json();
        assertEquals(monday.plusDays(2).toString(), movedVisit.getString("date"));
        Api.Reply stale = as("manager").put("api/coaches/visits", moved);
        assertEquals(409, stale.status(), "a move from the version read before the first move is refused: " + stale.body());
        assertEquals(409, as("manager").put("api/coaches/visits", tuesday).status(), "so is a move without a version");
        assertEquals(200, as("manager").put("api/coaches/visits", withVersion(tuesday, movedVisit.getJsonNumber("version").longValue()))
                .status(), "and back");
        assertEquals(403, as("executive").put("api/coaches/visits", tuesday).status(), "executives read, they do not plan");
        JsonArray load = as("manager").get("api/coaches/workload?coach=" + secondId + "&from=" + monday + "&to=" + monday.plusDays(6)).jsonArray();
        assertEquals(1, load.size());
        assertEquals(2, load.getJsonObject(0).getInt("visits"));
        assertEquals(2, load.getJsonObject(0).getInt("visitDays"));
        assertTrue(load.getJsonObject(0).getBoolean("overAllocated"), load.toString());
        Api.Reply unassigned = as("manager").put("api/coaches/visits", tuesday.replace("\"siteId\":" + s2, "\"siteId\":" + siteId("S0103"))
                .replaceFirst("\"uuid\":\"[^\"]+\"", "\"uuid\":\"" + UUID.randomUUID() + "\""));
        assertEquals(400, unassigned.status());
        assertEquals("visit.site.notAssigned", unassigned.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));

        // Scope: the demo coach sees their own profile and nothing of the other coach's.
        Api coach = as("coach");
        assertEquals(demoCoach.getJsonNumber("id"), coach.get("api/coaches/me").json().getJsonNumber("id"));
        assertEquals(404, coach.get("api/coaches/" + secondId).status());
        assertEquals(404, coach.get("api/coaches/workload?coach=" + secondId).status());
        assertEquals(404, coach.get("api/coaches/visits?coach=" + secondId).status());
        JsonArray ownVisits = coach.get("api/coaches/visits?from=" + monday.minusWeeks(1) + "&to=" + monday.plusWeeks(12)).jsonArray();
        assertFalse(ownVisits.isEmpty(), "the demo coach has planned visits these weeks");
        assertTrue(ownVisits.stream().allMatch(v -> v.asJsonObject().getJsonNumber("coachId").equals(demoCoach.getJsonNumber("id"))));
        assertEquals(403, coach.get("api/coaches").status(), "the roster is the managers'");
        Api.Reply notMine = coach.put("api/coaches/visits", tuesday.replaceFirst("\"uuid\":\"[^\"]+\"", "\"uuid\":\"" + UUID.randomUUID() + "\""));
        assertEquals(404, notMine.status(), "a coach cannot plan another coach's visit");

        // A concurrent change of the same coach is refused.
        JsonObject current = as("manager").get("api/coaches/" + secondId).json();
        String update = coach(user.json().getJsonNumber("id").longValue(), "2", "ACTIVE");
        assertEquals(200, as("manager").put("api/coaches/" + secondId + "?version=" + current.getJsonNumber("version"), update).status());
        assertEquals(409, as("manager").put("api/coaches/" + secondId + "?version=" + current.getJsonNumber("version"), update).status());
    }

    /** The demo coach logs visits from the phone: resends stored once, conflicts refused, scope kept. */
    @Test
    default void aVisitLoggedAndResentIsStoredOnceAndOnlyAtTheCoachsOwnSites() throws Exception {
        Api coach = as("coach");
        JsonObject day = coach.get("api/visits/day").json();
        JsonArray sites = day.getJsonArray("sites");
        assertTrue(sites.size() > 0, day.toString());
        long site = sites.getJsonObject(0).getJsonNumber("id").longValue();
        String uuid = UUID.randomUUID().toString();
        String visit = visitLog(uuid, site, "Brief d'équipe animé par la directrice");
        Api.Reply first = coach.post("api/visits", visit);
        assertEquals(201, first.status(), first.body());
        Api.Reply again = coach.post("api/visits", visit);
        assertEquals(200, again.status(), "a resend is recognised");
        assertEquals(first.json().getJsonNumber("id"), again.json().getJsonNumber("id"));
        Api.Reply other = coach.post("api/visits", visitLog(uuid, site, "Autre chose"));
        assertEquals(409, other.status());
        assertTrue(other.json().getString("error").contains("identifier"), other.body());

        String racing = visitLog(UUID.randomUUID().toString(), site, "Envoyée huit fois");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> as("coach").post("api/visits", racing).status()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var reply : replies) {
                statuses.add(reply.get());
            }
            assertEquals(1, statuses.stream().filter(st -> st == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(st -> st == 200).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        JsonArray mine = coach.get("api/visits?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1)).jsonArray();
        assertEquals(1, mine.stream().map(JsonValue::asJsonObject).filter(v -> "Brief d'équipe animé par la directrice".equals(
                v.get("observations") == null ? null : v.getString("observations"))).count(), "the resent visit is stored once");
        assertEquals(1, mine.stream().map(JsonValue::asJsonObject).filter(v -> "Envoyée huit fois".equals(
                v.get("observations") == null ? null : v.getString("observations"))).count(), "the raced visit is stored once");

        // History of the site and the actions still open, overdue first.
        String late = visitLog(UUID.randomUUID().toString(), site, "Visite avec une action en retard")
                .replace("\"dueOn\":\"" + LocalDate.now().plusWeeks(1) + "\"", "\"dueOn\":\"" + LocalDate.now().minusDays(1) + "\"")
                .replace("Afficher les objectifs", "Relancer le planning " + RUN);
        assertEquals(201, coach.post("api/visits", late).status());
        JsonArray open = coach.get("api/visits/actions/open").jsonArray();
        JsonObject firstOpen = open.getJsonObject(0);
        assertTrue(firstOpen.getBoolean("overdue"), open.toString());
        assertTrue(open.stream().map(JsonValue::asJsonObject).anyMatch(a -> a.getString("description").equals("Relancer le planning " + RUN)
                && a.getBoolean("overdue")));
        assertTrue(open.stream().map(JsonValue::asJsonObject).anyMatch(a -> a.getString("description").equals("Afficher les objectifs")
                && !a.getBoolean("overdue")));
        JsonObject overdue = open.stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("description").equals("Relancer le planning " + RUN)).findFirst().orElseThrow();
        String action = "api/visits/" + overdue.getJsonNumber("visitId") + "/actions/" + overdue.getInt("position");
        String read = "&version=" + overdue.getJsonNumber("visitVersion");
        assertEquals(400, coach.put(action + "?status=MAYBE" + read, "").status());
        assertEquals(403, as("executive").put(action + "?status=DONE" + read, "").status(), "executives read");
        assertEquals(400, coach.put(action + "?status=DONE", "").status(), "the visit's version read is required");
        assertEquals(409, coach.put(action + "?status=DONE&version=" + (overdue.getJsonNumber("visitVersion").longValue() + 1), "").status(),
                "a visit changed since it was read is not changed again unseen");
        assertEquals(204, coach.put(action + "?status=DONE" + read, "").status());
        assertTrue(coach.get("api/visits/actions/open").jsonArray().stream().map(JsonValue::asJsonObject)
                .noneMatch(a -> a.getString("description").equals("Relancer le planning " + RUN)), "a done action is no longer open");
        JsonArray history = coach.get("api/visits/history?site=" + site).jsonArray();
        assertTrue(history.size() >= 3 && history.stream().allMatch(v -> v.asJsonObject().getJsonNumber("siteId").longValue() == site
                && v.asJsonObject().getBoolean("logged")), history.toString());

        // A site never given to this coach (one they were assigned to on other days is a date to correct: 400 below).
        java.util.Set<Long> everMine = coach.get("api/coaches/assignments?from=2000-01-01&to=2100-12-31").jsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("siteId").longValue()).collect(java.util.stream.Collectors.toSet());
        long notMine = as("manager").get("api/coaches/coverage/uncovered").jsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).filter(id -> !everMine.contains(id)).findFirst().orElseThrow();
        assertEquals(403, coach.post("api/visits", visitLog(UUID.randomUUID().toString(), notMine, "x")).status(),
                "a site the coach is not assigned to");
        Api.Reply wrongDay = coach.post("api/visits", visitLog(UUID.randomUUID().toString(), site, "x")
                .replace("\"date\":\"" + LocalDate.now() + "\"", "\"date\":\"2001-01-08\""));
        assertEquals(400, wrongDay.status(), "one of the coach's sites on a day outside the assignment is a date to correct");
        JsonObject dateError = wrongDay.json().getJsonArray("fieldErrors").getJsonObject(0);
        assertEquals("date:visit.date.notAssigned", dateError.getString("field") + ":" + dateError.getString("code"));
        assertEquals(403, as("manager").post("api/visits", visitLog(UUID.randomUUID().toString(), site, "x")).status(),
                "only coaches on the roster log visits");
        Api.Reply invalid = coach.post("api/visits", visitLog(UUID.randomUUID().toString(), site, "x").replace("\"teamMood\":4", "\"teamMood\":9"));
        assertEquals(400, invalid.status());
        assertEquals("teamMood", invalid.json().getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
    }

    private static String visitLog(String uuid, long site, String observations) {
        return "{\"uuid\":\"" + uuid + "\",\"siteId\":" + site + ",\"date\":\"" + LocalDate.now() + "\",\"startTime\":\"10:00:00\","
                + "\"durationMinutes\":120,\"purpose\":\"COACHING\",\"observations\":\"" + observations + "\",\"workedOn\":[\"Rituel du matin\"],"
                + "\"actions\":[{\"description\":\"Afficher les objectifs\",\"owner\":\"Directrice\",\"dueOn\":\"" + LocalDate.now().plusWeeks(1)
                + "\",\"status\":\"OPEN\"}],\"teamMood\":4,\"nextVisitOn\":\"" + LocalDate.now().plusWeeks(1) + "\"}";
    }

    private JsonObject findOrCreate(long userId) {
        Api.Reply created = as("manager").post("api/coaches", coach(userId, "3", "ACTIVE"));
        if (created.status() == 201) {
            return created.json();
        }
        return as("manager").get("api/coaches").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("userId").longValue() == userId).findFirst().orElseThrow();
    }

    private JsonObject regionNamed(JsonArray coverage, String name) {
        return coverage.stream().map(JsonValue::asJsonObject).filter(r -> name.equals(r.getString("regionName", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no region " + name + " in " + coverage));
    }

    private long newSite(String code, String sector) {
        Api.Reply created = as("manager").post("api/sites", "{\"code\":\"" + code + "\",\"name\":\"Site " + code
                + "\",\"kind\":\"STORE\",\"orgUnitCode\":\"" + sector + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String withVersion(String visitJson, long version) {
        return visitJson.substring(0, visitJson.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }
}
