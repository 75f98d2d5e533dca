package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Line managers in the rollout, through REST on MariaDB: a LINE_MANAGER sees and acts only inside their perimeter (a
 * sector, and one site elsewhere), everything else answering 404; their request to go earlier is refused while the
 * earlier wave's coaches cannot take the sites, accepted once they can (the sites move), and another is declined.
 */
interface LineManagementChecks extends DeployedTerrain {

    String RUN = TestRun.id().toUpperCase();

    private Api manager() {
        return Api.signedIn(base(), "manager", TerrainDeployment.DEMO_PASSWORD);
    }

    /** A region with one sector of {@code sites} stores; the sector's id. */
    private long regionWithSector(String prefix, int sites) {
        Api.Reply units = manager().postCsv("api/sites/import?kind=ORG_UNITS", "code,name,level,parent_code\n"
                + prefix + ",Région " + prefix + ",REGION,FR\n" + prefix + "-S,Secteur " + prefix + ",SECTOR," + prefix + "\n");
        assertTrue(units.json().getBoolean("applied"), units.body());
        String csv = "code,name,kind,org_unit_code\n" + IntStream.rangeClosed(1, sites).mapToObj(i -> prefix + "-" + i + ",Site " + prefix
                + " " + i + ",STORE," + prefix + "-S").collect(Collectors.joining("\n")) + "\n";
        assertEquals(sites, manager().postCsv("api/sites/import?kind=SITES", csv).json().getInt("newRows"));
        return unit(prefix + "-S").getJsonNumber("id").longValue();
    }

    private JsonObject unit(String code) {
        return manager().get("api/org-units").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static Set<String> codes(JsonArray sites) {
        return sites.stream().map(s -> s.asJsonObject().getString("siteCode")).collect(Collectors.toSet());
    }

    @Test
    default void aLineManagerActsOnlyInTheirPerimeterAndTheirRequestToGoEarlierMovesTheirSitesOnceCoachesCanTakeThem() {
        String a = "LA" + RUN;
        String b = "LB" + RUN;
        long sectorA = regionWithSector(a, 4);
        regionWithSector(b, 3);
        long regionA = unit(a).getJsonNumber("id").longValue();
        long regionB = unit(b).getJsonNumber("id").longValue();
        long packageId = DemoLookup.demoPackageId(base());
        Api.Reply created = manager().post("api/waves/plans", "{\"name\":\"Proximité " + RUN + "\",\"packageId\":" + packageId
                + ",\"orgUnitIds\":[" + regionA + "," + regionB + "]}");
        assertEquals(201, created.status(), created.body());
        long planId = created.json().getJsonNumber("id").longValue();
        String plan = "api/waves/plans/" + planId;
        LocalDate soon = LocalDate.now().plusWeeks(3);
        LocalDate later = LocalDate.now().plusWeeks(12);
        String schedule = "site_code,wave_code,planned_go_live,adopted_on\n"
                + IntStream.rangeClosed(1, 4).mapToObj(i -> a + "-" + i + ",W2," + later + ",").collect(Collectors.joining("\n")) + "\n"
                + IntStream.rangeClosed(1, 3).mapToObj(i -> b + "-" + i + ",W1," + soon + ",").collect(Collectors.joining("\n")) + "\n";
        Api.Reply imported = manager().postCsv(plan + "/import", schedule);
        assertTrue(imported.json().getBoolean("applied"), imported.body());

        // The line manager answers for sector A, and for one store of region B by itself.
        String username = "lm" + RUN.toLowerCase();
        Api.Reply user = Api.as(base(), "admin", TerrainDeployment.DEMO_PASSWORD).post("api/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Manager " + RUN + "\",\"email\":\"" + username + "@example.com\",\"language\":\"fr\","
                + "\"roles\":[\"LINE_MANAGER\"],\"password\":\"ma ligne de conduite " + RUN + "\"}");
        assertEquals(201, user.status(), user.body());
        long userId = user.json().getJsonNumber("id").longValue();
        JsonObject sector = unit(a + "-S");
        Api.Reply linked = manager().put("api/org-units/" + sectorA + "?version=" + sector.getJsonNumber("version"), "{\"code\":\""
                + a + "-S\",\"name\":\"Secteur " + a + "\",\"level\":\"SECTOR\",\"parentCode\":\"" + a + "\",\"managerUserId\":" + userId + "}");
        assertEquals(200, linked.status(), linked.body());
        JsonObject storeB1 = manager().get("api/sites?q=" + b + "-1").json().getJsonArray("items").getJsonObject(0);
        long storeB1Id = storeB1.getJsonNumber("id").longValue();
        JsonObject storeB1Details = manager().get("api/sites/" + storeB1Id).json();
        Api.Reply notALineManager = manager().put("api/sites/" + storeB1Id + "/manager?version=" + storeB1Details.getJsonNumber("version"),
                "{\"userId\":" + Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD).get("api/users/me").json().getJsonNumber("id") + "}");
        assertEquals(400, notALineManager.status(), notALineManager.body());
        assertEquals("userId", notALineManager.json().getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
        assertEquals(200, manager().put("api/sites/" + storeB1Id + "/manager?version=" + storeB1Details.getJsonNumber("version"),
                "{\"userId\":" + userId + "}").status());

        Api lineManager = Api.as(base(), username, "ma ligne de conduite " + RUN);
        // A password set by an administrator is changed at the first sign-in, before anything else.
        assertEquals(204, lineManager.post("api/users/me/password", "{\"currentPassword\":\"ma ligne de conduite " + RUN
                + "\",\"newPassword\":\"ma propre ligne de conduite " + RUN + "\"}").status());
        lineManager = Api.as(base(), username, "ma propre ligne de conduite " + RUN);
        JsonArray plans = lineManager.get("api/waves/plans").jsonArray();
        assertEquals(1, plans.size(), "only the plan reaching their perimeter: " + plans);
        assertEquals(5, plans.getJsonObject(0).getJsonNumber("perimeterSites").longValue(), "counted over their own sites");
        long demoPlan = manager().get("api/waves/plans").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").startsWith("Déploiement national")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(404, lineManager.get("api/waves/plans/" + demoPlan).status());
        assertEquals(404, lineManager.get("api/waves/plans/" + demoPlan + "/sites").status());
        JsonObject mine = lineManager.get(plan + "/sites?limit=50").json();
        assertEquals(5, mine.getJsonNumber("total").longValue());
        assertEquals(Set.of(a + "-1", a + "-2", a + "-3", a + "-4", b + "-1"), codes(mine.getJsonArray("items")));
        List<String> exported = lineManager.get(plan + "/export").body().lines().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(Set.of(a + "-1", a + "-2", a + "-3", a + "-4", b + "-1"), Set.copyOf(exported), "their export holds their sites only");
        assertEquals(5, exported.size());
        long storeB2Id = manager().get("api/sites?q=" + b + "-2").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, lineManager.get("api/waves/sites/" + storeB2Id + "?plan=" + planId).status(), "a site outside answers 404");
        assertEquals(200, lineManager.get("api/waves/sites/" + storeB1Id + "?plan=" + planId).status());
        assertEquals(403, lineManager.get("api/sites").status(), "the network's screens stay with managers");
        JsonArray units = lineManager.get(plan + "/engagement").jsonArray();
        assertEquals(List.of(sectorA), units.stream().map(u -> u.asJsonObject().getJsonNumber("orgUnitId").longValue()).toList());
        assertEquals(200, lineManager.post(plan + "/engagement", "{\"orgUnitId\":" + sectorA + ",\"level\":\"COMMITTED\"}").status());
        assertEquals(400, lineManager.post(plan + "/engagement", "{\"orgUnitId\":" + regionB + ",\"level\":\"CHAMPION\"}").status());

        // A request outside is refused; theirs is filed, and only a program manager answers it.
        Api.Reply outside = lineManager.post(plan + "/pull-requests", "{\"orgUnitId\":" + regionB + ",\"wishedGoLive\":\"" + soon
                + "\",\"reason\":\"Plus tôt\"}");
        assertEquals(400, outside.status(), outside.body());
        assertEquals("waves.pull.notYours", outside.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));
        Api.Reply asked = lineManager.post(plan + "/pull-requests", "{\"orgUnitId\":" + sectorA + ",\"wishedGoLive\":\"" + soon
                + "\",\"reason\":\"Équipes prêtes, directeurs volontaires\"}");
        assertEquals(201, asked.status(), asked.body());
        assertEquals("OPEN", asked.json().getString("status"));
        assertEquals(4, asked.json().getJsonNumber("sites").longValue());
        long requestId = asked.json().getJsonNumber("id").longValue();
        String decision = plan + "/pull-requests/" + requestId + "/decision?version=" + asked.json().getJsonNumber("version");
        JsonArray waves = manager().get(plan + "/waves").jsonArray();
        JsonObject w1 = waves.stream().map(JsonValue::asJsonObject).filter(w -> w.getString("code").equals("W1")).findFirst().orElseThrow();
        long w1Id = w1.getJsonNumber("id").longValue();
        assertEquals(403, lineManager.post(decision, "{\"accept\":true,\"waveId\":" + w1Id + "}").status());

        // Wave 1 came from the schedule without coaches: its coaches cannot take 7 sites at half a day a week each.
        Api.Reply noCapacity = manager().post(decision, "{\"accept\":true,\"waveId\":" + w1Id + "}");
        assertEquals(400, noCapacity.status(), noCapacity.body());
        assertEquals("waves.pull.capacity", noCapacity.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));
        assertEquals(4, manager().get(plan + "/sites?limit=50&wave=" + waves.stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getString("code").equals("W2")).findFirst().orElseThrow().getJsonNumber("id")).json()
                .getJsonNumber("total").longValue(), "nothing moved");
        long coachId = Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD).get("api/coaches/me").json().getJsonNumber("id").longValue();
        assertEquals(200, manager().put(plan + "/waves/" + w1Id + "?version=" + w1.getJsonNumber("version"), "{\"code\":\"W1\",\"name\":\"W1\","
                + "\"preparationStart\":\"" + soon.minusWeeks(4) + "\",\"goLive\":\"" + soon + "\",\"coaches\":[{\"coachId\":" + coachId
                + ",\"daysPerWeek\":3.5}]}").status());
        Api.Reply accepted = manager().post(decision, "{\"accept\":true,\"waveId\":" + w1Id + ",\"reason\":\"Coach disponible\"}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        assertEquals(4, accepted.json().getInt("sitesMoved"));
        assertEquals("W1", accepted.json().getString("waveCode"));
        JsonObject inW1 = lineManager.get(plan + "/sites?limit=50&wave=" + w1Id).json();
        assertEquals(Set.of(a + "-1", a + "-2", a + "-3", a + "-4", b + "-1"), codes(inW1.getJsonArray("items")));
        assertEquals(400, manager().post(plan + "/pull-requests/" + requestId + "/decision?version=" + accepted.json().getJsonNumber("version"),
                "{\"accept\":false,\"reason\":\"non\"}").status(), "an answered request stays answered");

        // Their single store asks too; declined, with the reason the program manager must give.
        Api.Reply second = lineManager.post(plan + "/pull-requests", "{\"siteId\":" + storeB1Id + ",\"wishedGoLive\":\"" + soon
                + "\",\"reason\":\"Magasin rénové\"}");
        assertEquals(201, second.status(), second.body());
        String secondDecision = plan + "/pull-requests/" + second.json().getJsonNumber("id") + "/decision?version="
                + second.json().getJsonNumber("version");
        Api.Reply noReason = manager().post(secondDecision, "{\"accept\":false}");
        assertEquals("reason", noReason.json().getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
        assertEquals("DECLINED", manager().post(secondDecision, "{\"accept\":false,\"reason\":\"Déjà en vague 1\"}").json().getString("status"));
        JsonArray theirs = lineManager.get(plan + "/pull-requests").jsonArray();
        assertEquals(List.of("DECLINED", "ACCEPTED"), theirs.stream().map(r -> r.asJsonObject().getString("status")).toList());
    }
}
