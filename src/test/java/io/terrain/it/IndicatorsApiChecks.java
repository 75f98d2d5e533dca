package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Indicators through the product: imports, roll-ups, and the impact engine on a real pilot. */
interface IndicatorsApiChecks extends DeployedTerrain {

    String RUN = TestRun.id().toUpperCase();

    private Api manager() {
        return Api.signedIn(base(), "manager", TerrainDeployment.DEMO_PASSWORD);
    }

    /** Card & Krueger (1994) through Terrain's imports (see {@link CardKrueger}) and the impact engine's REST query. */
    @Test
    default void theImpactEngineReproducesCardAndKruegerThroughTheProduct() throws IOException {
        CardKrueger.Sites sites = CardKrueger.load(base(), "CK" + RUN);
        List<Long> treated = sites.newJersey();
        List<Long> control = sites.pennsylvania();

        JsonObject balanced = impact(treated, control, true);
        assertEquals(2.75, round(balanced.getJsonNumber("difference").doubleValue()));
        assertEquals(1.34, round(balanced.getJsonNumber("standardError").doubleValue()));
        assertEquals(0.47, round(balanced.getJsonObject("treated").getJsonNumber("change").doubleValue()));
        assertEquals(0.48, round(balanced.getJsonObject("treated").getJsonNumber("changeSe").doubleValue()));
        assertEquals(-2.28, round(balanced.getJsonObject("control").getJsonNumber("change").doubleValue()));
        assertEquals(1.25, round(balanced.getJsonObject("control").getJsonNumber("changeSe").doubleValue()));
        assertEquals("IMPROVED", balanced.getString("verdict"));
        assertEquals(26, balanced.getJsonArray("excluded").size());

        JsonObject allSites = impact(treated, control, false);
        assertEquals(20.44, round(allSites.getJsonObject("treated").getJsonNumber("baselineMean").doubleValue()));
        assertEquals(21.17, round(allSites.getJsonObject("control").getJsonNumber("measuredMean").doubleValue()));
        // Published 2.76 is rounded from rounded steps; the exact 2.7536 is within its last decimal.
        assertEquals(2.76, allSites.getJsonNumber("difference").doubleValue(), 0.01);
    }

    private JsonObject impact(List<Long> treated, List<Long> control, boolean balanced) {
        Api.Reply reply = manager().post("api/indicators/impact", "{\"kpiCode\":\"STAFF_FTE\",\"treatedSiteIds\":" + treated
                + ",\"controlSiteIds\":" + control + ",\"baselineFrom\":\"1992-02-01\",\"baselineTo\":\"1992-03-31\","
                + "\"measuredFrom\":\"1992-11-01\",\"measuredTo\":\"1992-12-31\",\"balancedPanel\":" + balanced + "}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    @Test
    default void aMeasurementFileWithBadRowsWritesNothingOrOnlyTheValidRowsAsAsked() {
        // The two rows that are written go to sites of this run's own: a second run on the same database starts clean.
        String first = "MA" + RUN;
        String last = "MB" + RUN;
        for (String code : List.of(first, last)) {
            assertEquals(201, manager().post("api/sites", "{\"code\":\"" + code + "\",\"name\":\"Mesures " + code
                    + "\",\"kind\":\"STORE\",\"orgUnitCode\":\"IDF-PAR\"}").status());
        }
        String csv = "site_code,kpi_code,period_start,value,numerator,denominator,promoters,passives,detractors\n"
                + first + ",CSAT,2031-01-06,4.2,,,,,\n"
                + "NOPE,CSAT,2031-01-06,4.2,,,,,\n"
                + "S0002,WHAT,2031-01-06,4.2,,,,,\n"
                + "S0003,CSAT,2031-01-07,4.2,,,,,\n"
                + "S0004,CSAT,2031-01-06,7.5,,,,,\n"
                + "S0005,CONVERSION,2031-01-06,,12,,,,\n"
                + "S0006,NPS,2031-01-06,,,,10,5,\n"
                + "S0007,WAIT_TIME,06/01/2031,3,,,,,\n"
                + last + ",CONVERSION,2031-01-06,,30,120,,,\n";
        JsonObject refused = manager().postCsv("api/indicators/measurements/import", csv).json();
        assertFalse(refused.getBoolean("applied"));
        assertEquals(0, refused.getInt("written"));
        assertEquals(7, refused.getInt("rejectedRows"));
        assertEquals(List.of("3:site_code:measurement.site.unknown", "4:kpi_code:measurement.kpi.unknown",
                        "5:period_start:measurement.period.aligned", "6:value:measurement.value.range",
                        "7:denominator:measurement.ratio.missing", "8:promoters:measurement.nps.missing",
                        "9:period_start:csv.value.date"),
                refused.getJsonArray("problems").stream().map(v -> v.asJsonObject())
                        .map(p -> p.getInt("line") + ":" + p.getString("field") + ":" + p.getString("key")).toList());
        assertEquals(0, series("CSAT", "SITE", siteId(first), "2031-01-06").size(), "nothing written");

        JsonObject partial = manager().postCsv("api/indicators/measurements/import?mode=VALID_ROWS", csv).json();
        assertTrue(partial.getBoolean("applied"));
        assertEquals(2, partial.getInt("written"));
        assertEquals(4.2, series("CSAT", "SITE", siteId(first), "2031-01-06").get(0).asJsonObject().getJsonNumber("value").doubleValue());
        assertEquals(25.0, series("CONVERSION", "SITE", siteId(last), "2031-01-06").get(0).asJsonObject().getJsonNumber("value").doubleValue(), 1e-9);
    }

    @Test
    default void measurementsAlsoArriveAsJson() {
        String json = "[{\"siteCode\":\"S0120\",\"kpiCode\":\"CSAT\",\"periodStart\":\"2035-03-05\",\"value\":4.4},"
                + "{\"siteCode\":\"S0121\",\"kpiCode\":\"CSAT\",\"periodStart\":\"2035-03-05\",\"value\":7},"
                + "{\"siteCode\":\"S0122\",\"kpiCode\":\"CSAT\",\"periodStart\":\"2035-03-05\",\"colour\":\"red\"}]";
        Api.Reply reply = manager().post("api/indicators/measurements/import?mode=VALID_ROWS", json);
        assertEquals(200, reply.status(), reply.body());
        JsonObject report = reply.json();
        assertEquals(1, report.getInt("written"));
        assertEquals(List.of("2:value:measurement.value.range", "3:colour:json.field.unknown"),
                report.getJsonArray("problems").stream().map(v -> v.asJsonObject())
                        .map(p -> p.getInt("line") + ":" + p.getString("field") + ":" + p.getString("key")).toList());
        assertEquals(4.4, series("CSAT", "SITE", siteId("S0120"), "2035-03-05").getJsonObject(0).getJsonNumber("value").doubleValue());

        Api.Reply notAnArray = manager().post("api/indicators/measurements/import", "{\"siteCode\":\"S0120\"}");
        assertEquals(400, notAnArray.status());
        assertEquals("json.notArray", notAnArray.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));
    }

    /**
     * 120,000 rows are loaded in several chunks, one loading while the next is read: a bad last row
     * must still take every chunk already in MariaDB back out, and the good file must land whole.
     */
    @Test
    default void aFileOfSeveralLoadChunksIsInOrOutAsAWhole() {
        LocalDate first = LocalDate.of(2040, 1, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        int weeks = 500;
        // A KPI of this run's own: a second run on the same database finds none of the first run's rows where it checks
        // that a refused file left nothing behind.
        String kpi = "CHUNK" + RUN;
        assertEquals(201, manager().post("api/indicators/kpis", "{\"code\":\"" + kpi + "\",\"nameFr\":\"Attente " + RUN
                + "\",\"nameEn\":\"Wait " + RUN + "\",\"unit\":\"min\",\"direction\":\"LOWER_IS_BETTER\",\"aggregation\":\"MEAN\","
                + "\"granularity\":\"WEEK\"}").status());
        StringBuilder csv = new StringBuilder("site_code,kpi_code,period_start,value\n");
        for (int w = 0; w < weeks; w++) {
            LocalDate week = first.plusWeeks(w);
            for (int i = 1; i <= 240; i++) {
                csv.append(String.format("S%04d", i)).append(',').append(kpi).append(',').append(week).append(',').append(1 + (i + w) % 20).append('\n');
            }
        }
        String good = csv.toString();
        JsonObject refused = manager().postCsv("api/indicators/measurements/import", good + "S0001," + kpi + "," + first.plusDays(2) + ",4\n").json();
        assertFalse(refused.getBoolean("applied"), refused.toString());
        assertEquals(120_001, refused.getInt("rows"));
        assertEquals(List.of("120002:period_start:measurement.period.aligned"), refused.getJsonArray("problems").stream()
                .map(v -> v.asJsonObject()).map(p -> p.getInt("line") + ":" + p.getString("field") + ":" + p.getString("key")).toList());
        assertEquals(0, series(kpi, "SITE", siteId("S0001"), first.toString()).size(), "the first chunk was taken back");
        assertEquals(0, series(kpi, "NETWORK", "ALL", first.plusWeeks(weeks - 1).toString()).size());

        JsonObject applied = manager().postCsv("api/indicators/measurements/import", good).json();
        assertTrue(applied.getBoolean("applied"), applied.toString());
        assertEquals(120_000, applied.getInt("written"));
        Api.Reply siteSeries = manager().get("api/indicators/series?kpi=" + kpi + "&scope=SITE&key=" + siteId("S0240")
                + "&from=" + first + "&to=" + first.plusWeeks(weeks - 1));
        JsonArray points = siteSeries.jsonArray();
        assertEquals(weeks, points.size());
        assertEquals(1 + (240 + weeks - 1) % 20, points.getJsonObject(weeks - 1).getJsonNumber("value").doubleValue(), 1e-9);
        Api.Reply page = manager().get("api/indicators/measurements?kpi=" + kpi + "&from=" + first + "&to=" + first.plusWeeks(1)
                + "&offset=230&limit=20");
        assertEquals(200, page.status(), page.body());
        assertEquals(480, page.json().getJsonNumber("total").longValue(), "two weeks of 240 sites");
        JsonArray items = page.json().getJsonArray("items");
        assertEquals(20, items.size());
        assertEquals(first.toString(), items.getJsonObject(9).getString("periodStart"), "period, then site order");
        assertEquals(first.plusWeeks(1).toString(), items.getJsonObject(10).getString("periodStart"));
        JsonObject oneSite = manager().get("api/indicators/measurements?kpi=" + kpi + "&site=" + siteId("S0002") + "&from=" + first
                + "&limit=5000").json();
        assertEquals(weeks, oneSite.getJsonNumber("total").longValue());
        assertEquals(1000, oneSite.getInt("limit"), "pages hold at most 1,000 rows");
        assertEquals(1 + (2 + 3) % 20, oneSite.getJsonArray("items").getJsonObject(3).getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals(404, manager().get("api/indicators/measurements?kpi=NOPE").status());
        for (int w : new int[] {0, 249, 499}) {
            JsonObject network = series(kpi, "NETWORK", "ALL", first.plusWeeks(w).toString()).getJsonObject(0);
            assertEquals(240, network.getInt("sites"));
            double sum = 0;
            for (int i = 1; i <= 240; i++) {
                sum += 1 + (i + w) % 20;
            }
            assertEquals(sum / 240, network.getJsonNumber("value").doubleValue(), 1e-9, "week " + w);
        }
    }

    /** A key repeated inside one file, in a period new to the database: the last row wins, counted once. */
    @Test
    default void aRowRepeatedInTheSameFileCountsOnceWithItsLastValue() {
        String csv = "site_code,kpi_code,period_start,value\n"
                + "S0100,CSAT,2034-02-06,2.0\n"
                + "S0101,CSAT,2034-02-06,3.0\n"
                + "S0100,CSAT,2034-02-06,5.0\n";
        JsonObject report = manager().postCsv("api/indicators/measurements/import", csv).json();
        assertTrue(report.getBoolean("applied"), report.toString());
        assertEquals(5.0, series("CSAT", "SITE", siteId("S0100"), "2034-02-06").getJsonObject(0).getJsonNumber("value").doubleValue());
        JsonObject network = series("CSAT", "NETWORK", "ALL", "2034-02-06").getJsonObject(0);
        assertEquals(2, network.getInt("sites"));
        assertEquals(4.0, network.getJsonNumber("value").doubleValue(), 1e-9);
    }

    /** Random imports, then corrections: every roll-up equals a recomputation from the final raw values. */
    @Test
    default void rollUpsEqualARecomputationFromRawDataAfterImportsAndCorrections() {
        Random random = new Random(20261122);
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            codes.add(String.format("S%04d", i));
        }
        Map<String, JsonObject> site = new HashMap<>();
        for (String code : codes) {
            long id = siteId(code);
            site.put(code, manager().get("api/sites/" + id).json());
        }
        Map<Long, Long> parentOf = new HashMap<>();
        for (JsonValue v : manager().get("api/org-units").jsonArray()) {
            JsonObject u = v.asJsonObject();
            if (u.get("parentId") != null && !u.isNull("parentId")) { // JSON-B leaves nulls out
                parentOf.put(u.getJsonNumber("id").longValue(), u.getJsonNumber("parentId").longValue());
            }
        }
        List<LocalDate> weeks = List.of(LocalDate.of(2032, 3, 1), LocalDate.of(2032, 3, 8), LocalDate.of(2032, 3, 15));
        Map<String, double[]> finalValues = new HashMap<>(); // "KPI|code|week" -> parts
        for (int round = 0; round < 3; round++) {
            StringBuilder csv = new StringBuilder("site_code,kpi_code,period_start,value,numerator,denominator,promoters,passives,detractors\n");
            for (String code : codes) {
                for (LocalDate week : weeks) {
                    if (round > 0 && random.nextInt(3) != 0) {
                        continue; // later rounds correct a third of the cells
                    }
                    if (random.nextInt(5) == 0) {
                        continue; // and some cells are never measured
                    }
                    double csat = 1 + random.nextInt(400) / 100.0;
                    int visitors = 50 + random.nextInt(200);
                    int sales = random.nextInt(visitors);
                    int p = random.nextInt(30), pa = random.nextInt(30), de = random.nextInt(30) + 1;
                    csv.append(code).append(",CSAT,").append(week).append(',').append(csat).append(",,,,,\n");
                    csv.append(code).append(",CONVERSION,").append(week).append(",,").append(sales).append(',').append(visitors).append(",,,\n");
                    csv.append(code).append(",NPS,").append(week).append(",,,,").append(p).append(',').append(pa).append(',').append(de).append('\n');
                    finalValues.put("CSAT|" + code + "|" + week, new double[] {csat});
                    finalValues.put("CONVERSION|" + code + "|" + week, new double[] {sales, visitors});
                    finalValues.put("NPS|" + code + "|" + week, new double[] {p, pa, de});
                }
            }
            JsonObject report = manager().postCsv("api/indicators/measurements/import", csv.toString()).json();
            assertTrue(report.getBoolean("applied"), report.toString());
        }
        String sector = String.valueOf(site.get("S0001").getJsonNumber("orgUnitId").longValue());
        String region = String.valueOf(parentOf.get(Long.parseLong(sector)));
        String segment = site.get("S0001").getString("segment");
        for (String kpi : List.of("CSAT", "CONVERSION", "NPS")) {
            for (LocalDate week : weeks) {
                assertScope(kpi, week, "REGION", region, codes, site, parentOf, finalValues);
                assertScope(kpi, week, "SECTOR", sector, codes, site, parentOf, finalValues);
                assertScope(kpi, week, "SEGMENT", segment, codes, site, parentOf, finalValues);
            }
        }
    }

    private void assertScope(String kpi, LocalDate week, String scope, String key, List<String> codes, Map<String, JsonObject> site,
                             Map<Long, Long> parentOf, Map<String, double[]> finalValues) {
        double a = 0, b = 0, c = 0;
        int sites = 0;
        for (String code : codes) {
            long sector = site.get(code).getJsonNumber("orgUnitId").longValue();
            boolean inScope = switch (scope) {
                case "SECTOR" -> String.valueOf(sector).equals(key);
                case "REGION" -> String.valueOf(parentOf.get(sector)).equals(key);
                default -> key.equals(site.get(code).getString("segment"));
            };
            double[] parts = finalValues.get(kpi + "|" + code + "|" + week);
            if (inScope && parts != null) {
                sites++;
                a += parts[0];
                b += parts.length > 1 ? parts[1] : 0;
                c += parts.length > 2 ? parts[2] : 0;
            }
        }
        double expected = switch (kpi) {
            case "CSAT" -> a / sites;
            case "CONVERSION" -> a / b * 100;
            default -> 100.0 * (a - c) / (a + b + c);
        };
        JsonArray points = series(kpi, scope, key, week.toString());
        assertEquals(1, points.size(), kpi + " " + scope + " " + key + " " + week);
        JsonObject point = points.getJsonObject(0);
        // Other tests share the database but not these weeks: the demo sites S0001-S0060 are only measured here.
        assertEquals(sites, point.getInt("sites"), kpi + " " + scope + " " + key + " " + week);
        assertEquals(expected, point.getJsonNumber("value").doubleValue(), 1e-9, kpi + " " + scope + " " + key + " " + week);
    }

    private JsonArray series(String kpi, String scope, Object key, String day) {
        Api.Reply reply = manager().get("api/indicators/series?kpi=" + kpi + "&scope=" + scope + "&key="
                + java.net.URLEncoder.encode(String.valueOf(key), java.nio.charset.StandardCharsets.UTF_8) + "&from=" + day + "&to=" + day);
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonArray();
    }

    private long siteId(String code) {
        return manager().get("api/sites?q=" + code.toLowerCase()).json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
