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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Customers' feedback through REST on MariaDB: bad rows named and nothing written, resends recognised, a correction
 * recomputing the site-week's CSAT and NPS (checked against hand-computed values), the treatment order, JSON as well as
 * CSV, a site manager's daily view of their own site only, and the site's daily file.
 */
interface FeedbackChecks extends DeployedTerrain {

    String FEEDBACK_RUN = TestRun.id().toUpperCase();

    private Api manager() {
        return Api.signedIn(base(), "manager", TerrainDeployment.DEMO_PASSWORD);
    }

    private long siteId(String code) {
        return manager().get("api/sites?q=" + code).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private double seriesValue(String kpi, long site, LocalDate week) {
        JsonArray points = manager().get("api/indicators/series?kpi=" + kpi + "&scope=SITE&key=" + site + "&from=" + week + "&to=" + week)
                .jsonArray();
        assertEquals(1, points.size(), points.toString());
        return points.getJsonObject(0).getJsonNumber("value").doubleValue();
    }

    private static Map<Integer, String> problemsByLine(JsonObject report) {
        return report.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(p -> p.getInt("line"), p -> p.getString("field") + ":" + p.getString("key"), (a, b) -> a + "+" + b));
    }

    @Test
    default void feedbackIsCheckedRecognisedWhenResentAndMakesItsSiteWeeksCsatAndNps() {
        String p = "FB" + FEEDBACK_RUN;
        Api.Reply units = manager().postCsv("api/sites/import?kind=ORG_UNITS", "code,name,level,parent_code\n" + p + ",Région " + p
                + ",REGION,FR\n" + p + "-S,Secteur " + p + ",SECTOR," + p + "\n");
        assertTrue(units.json().getBoolean("applied"), units.body());
        assertEquals(3, manager().postCsv("api/sites/import?kind=SITES", "code,name,kind,org_unit_code\n" + p + "-1,Magasin un,STORE," + p
                + "-S\n" + p + "-2,Magasin deux,STORE," + p + "-S\n" + p + "-3,Magasin trois,STORE," + p + "-S\n").json().getInt("newRows"));
        long site1 = siteId(p + "-1");
        long site2 = siteId(p + "-2");
        LocalDate week = LocalDate.now().minusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate wednesday = week.plusDays(2);
        String header = "response_id,site_code,responded_on,channel,contact_reason,csat,recommend,verbatim,category\n";
        String good = p + "-r1," + p + "-1," + week + ",STORE,Achat,5,10,\"Parfait, merci\",Accueil\n"
                + p + "-r2," + p + "-1," + week + ",magasin,Achat,2,3,Trop d'attente,Accueil\n"
                + p + "-r3," + p + "-1," + wednesday + ",PHONE,SAV,4,8,,Attente\n"
                + p + "-r4," + p + "-1," + wednesday + ",web,SAV,1,,Jamais rappelé,Conseil\n"
                + p + "-r5," + p + "-1," + wednesday + ",CHAT,SAV,4,5,,Conseil\n";

        // Bad rows: each named by its line and column, and nothing written.
        String bad = header + good
                + p + "-r6,NOSUCHSITE," + week + ",STORE,,4,9,,\n"             // line 7
                + p + "-r7," + p + "-1," + week + ",STORE,,7,9,,\n"            // line 8: CSAT out of 1-5
                + p + "-r8," + p + "-1," + week + ",STORE,,,,Rien,\n"          // line 9: no score
                + p + "-r1," + p + "-1," + week + ",STORE,,4,9,,\n"            // line 10: r1 twice
                + p + "-r9," + p + "-1," + LocalDate.now().plusDays(2) + ",STORE,,4,9,,\n" // line 11: future
                + p + "-r10," + p + "-1," + week + ",PIGEON,,4,9,,\n";         // line 12: no such channel
        JsonObject refused = manager().postCsv("api/feedback/import", bad).json();
        assertFalse(refused.getBoolean("applied"));
        assertEquals(11, refused.getInt("rows"));
        assertEquals(6, refused.getInt("rejected"));
        assertEquals(Map.of(7, "site_code:measurement.site.unknown", 8, "csat:feedback.score.range", 9, "csat:feedback.score.none",
                10, "response_id:feedback.response.duplicate", 11, "responded_on:feedback.date.future",
                12, "channel:verbatim.channel.unknown"), problemsByLine(refused));
        assertEquals(0, manager().get("api/feedback?site=" + site1 + "&from=" + week + "&to=" + week.plusDays(6)).json().getInt("total"));

        // The good rows: the week's CSAT is the mean of 5, 2, 4, 1, 4; its NPS from 1 promoter, 1 passive, 2 detractors.
        JsonObject imported = manager().postCsv("api/feedback/import", header + good).json();
        assertTrue(imported.getBoolean("applied"), imported.toString());
        assertEquals(5, imported.getInt("added"));
        assertEquals(1, imported.getInt("siteWeeksMeasured"));
        assertEquals(16 / 5.0, seriesValue("CSAT", site1, week), 1e-9);
        assertEquals(100.0 * (1 - 2) / 4, seriesValue("NPS", site1, week), 1e-9);

        // Sent again: recognised, nothing written. Then r2 corrected (3 and 9): CSAT 17/5, NPS from 2 promoters, 1 passive, 1 detractor.
        JsonObject again = manager().postCsv("api/feedback/import", header + good).json();
        assertEquals(List.of(0, 0, 5), List.of(again.getInt("added"), again.getInt("corrected"), again.getInt("resent")));
        JsonObject corrected = manager().postCsv("api/feedback/import", header + good.replace(",Achat,2,3,Trop d'attente,", ",Achat,3,9,Trop d'attente,")).json();
        assertEquals(List.of(0, 1, 4), List.of(corrected.getInt("added"), corrected.getInt("corrected"), corrected.getInt("resent")));
        assertEquals(17 / 5.0, seriesValue("CSAT", site1, week), 1e-9);
        assertEquals(100.0 * (2 - 1) / 4, seriesValue("NPS", site1, week), 1e-9);

        // Treatment order: unhappy without a recommendation first, then the detractor, then the lukewarm by category, then thanks.
        JsonObject listed = manager().get("api/feedback?site=" + site1 + "&from=" + week + "&to=" + week.plusDays(6)).json();
        assertEquals(List.of(p + "-r4", p + "-r5", p + "-r2", p + "-r3", p + "-r1"), listed.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("responseId")).toList());
        assertEquals(List.of("TREAT_FIRST", "TREAT", "FOLLOW", "FOLLOW", "THANK"), listed.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("priority")).toList());
        assertEquals(List.of(p + "-r4"), manager().get("api/feedback?site=" + site1 + "&from=" + week + "&to=" + week.plusDays(6)
                + "&priority=TREAT_FIRST").json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("responseId")).toList());

        // Only the valid rows when asked; JSON as well, an unknown field named.
        JsonObject valid = manager().postCsv("api/feedback/import?mode=VALID_ROWS", header + p + "-v1," + p + "-2," + week
                + ",STORE,,5,10,,\n" + p + "-v2," + p + "-2," + week + ",STORE,,0,10,,\n").json();
        assertEquals(List.of(true, 1, 1), List.of(valid.getBoolean("applied"), valid.getInt("added"), valid.getInt("rejected")));
        assertEquals(5.0, seriesValue("CSAT", site2, week), 1e-9);
        Api.Reply json = manager().post("api/feedback/import?mode=VALID_ROWS", "[{\"responseId\":\"" + p + "-j1\",\"siteCode\":\"" + p
                + "-3\",\"respondedOn\":\"" + week + "\",\"channel\":\"MAIL\",\"csat\":3,\"recommend\":7},{\"responseId\":\"" + p
                + "-j2\",\"siteCode\":\"" + p + "-3\",\"respondedOn\":\"" + week + "\",\"channel\":\"MAIL\",\"csat\":4,\"mood\":\"bof\"}]");
        assertEquals(200, json.status(), json.body());
        assertEquals(1, json.json().getInt("added"));
        assertEquals(Map.of(2, "mood:json.field.unknown"), problemsByLine(json.json()));

        // The site's file: the import's columns and the priority, in treatment order.
        List<String> file = manager().get("api/feedback/export?site=" + site1 + "&from=" + week + "&to=" + week.plusDays(6)).body().lines().toList();
        assertEquals("response_id,site_code,responded_on,channel,contact_reason,csat,recommend,verbatim,category,priority", file.get(0));
        assertEquals(p + "-r4," + p + "-1," + wednesday + ",WEB,SAV,1,,Jamais rappelé,Conseil,TREAT_FIRST", file.get(1));
        assertEquals(6, file.size());

        // A site manager: their store's day, nothing of the store next door; a coach reads no feedback.
        String username = "fb" + FEEDBACK_RUN.toLowerCase();
        Api.Reply user = Api.as(base(), "admin", TerrainDeployment.DEMO_PASSWORD).post("api/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Gérante " + FEEDBACK_RUN + "\",\"email\":\"" + username + "@example.com\",\"language\":\"fr\","
                + "\"roles\":[\"LINE_MANAGER\"],\"password\":\"mon magasin à moi " + FEEDBACK_RUN + "\"}");
        assertEquals(201, user.status(), user.body());
        JsonObject details = manager().get("api/sites/" + site1).json();
        assertEquals(200, manager().put("api/sites/" + site1 + "/manager?version=" + details.getJsonNumber("version"), "{\"userId\":"
                + user.json().getJsonNumber("id") + "}").status());
        assertEquals(204, Api.as(base(), username, "mon magasin à moi " + FEEDBACK_RUN).post("api/users/me/password",
                "{\"currentPassword\":\"mon magasin à moi " + FEEDBACK_RUN + "\",\"newPassword\":\"le magasin un " + FEEDBACK_RUN + "\"}").status());
        Api siteManager = Api.as(base(), username, "le magasin un " + FEEDBACK_RUN);
        JsonObject day = siteManager.get("api/dashboards/operational?site=" + site1).json();
        assertEquals(p + "-1 · Magasin un", day.getJsonObject("site").getString("name"));
        assertEquals(5, day.getInt("feedbackCount"));
        assertEquals(p + "-r4", day.getJsonArray("feedback").getJsonObject(0).getString("responseId"));
        JsonObject csat = day.getJsonArray("kpis").stream().map(JsonValue::asJsonObject).filter(k -> k.getString("kpiCode").equals("CSAT"))
                .findFirst().orElseThrow();
        assertEquals(week.toString(), csat.getString("period"));
        assertEquals(17 / 5.0, csat.getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals(0, day.getJsonArray("dueItems").size(), "the store is in no rollout plan");
        assertFalse(day.containsKey("nextVisit"));
        assertEquals(404, siteManager.get("api/dashboards/operational?site=" + site2).status());
        assertEquals(404, siteManager.get("api/feedback?site=" + site2).status());
        assertEquals(5, siteManager.get("api/feedback?from=" + week + "&to=" + week.plusDays(6)).json().getInt("total"), "their store's only");
        assertEquals(403, siteManager.postCsv("api/feedback/import", header + good).status());
        assertEquals(403, Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD).get("api/feedback").status());
    }
}
