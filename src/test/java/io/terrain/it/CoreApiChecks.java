package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The REST API and the facades behind it, on the real WAR in Payara Micro against the test
 * database (MariaDB under .ci/test). Each test makes its own data, with codes unique to the run.
 */
interface CoreApiChecks extends DeployedTerrain {

    /** Unique per run, so tests can share a database that outlives them. */
    String RUN = TestRun.id().toUpperCase();

    private Api manager() {
        return Api.signedIn(base(), "manager", TerrainDeployment.DEMO_PASSWORD);
    }

    private Api admin() {
        return Api.signedIn(base(), "admin", TerrainDeployment.DEMO_PASSWORD);
    }

    private static String site(String code, String name, String kind, String unit, String extra) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"orgUnitCode\":\"" + unit + "\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    @Test
    default void migrationsCreatedTheSchemaInTheTestDatabase() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("terrain.test.db.url"),
                System.getProperty("terrain.test.db.user"), System.getProperty("terrain.test.db.password"));
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                assertTrue(rs.getBoolean(2), "migration " + rs.getString(1) + " failed");
                applied.add(rs.getString(1));
            }
            assertEquals(migrationVersionsInTheRepository(), applied);
        }
        // The demo data went in through JPA on the migrated schema.
        assertTrue(manager().get("api/sites?limit=1").json().getInt("total") >= 240);
    }

    /** Every V…__*.sql under db/migration, in order: all of them must have been applied. */
    private static List<String> migrationVersionsInTheRepository() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("db/migration"))) {
            List<String> versions = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted().toList();
            assertFalse(versions.isEmpty());
            return versions;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    default void withoutCredentialsTheApiAnswers401InJson() {
        Api.Reply reply = Api.anonymous(base()).get("api/sites");
        assertEquals(401, reply.status());
        assertEquals(401, reply.json().getInt("status"));
        assertTrue(reply.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, Api.as(base(), "manager", "wrong-password").get("api/sites").status());
    }

    @Test
    default void rolesDecideWhoReadsAndWhoWrites() {
        assertEquals(403, Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD).get("api/sites").status());
        Api executive = Api.as(base(), "executive", TerrainDeployment.DEMO_PASSWORD);
        assertEquals(200, executive.get("api/sites?limit=1").status());
        Api.Reply refused = executive.post("api/sites", site("EX" + RUN, "Refused", "STORE", "IDF-PAR", ""));
        assertEquals(403, refused.status());
        assertEquals(0, manager().get("api/sites?q=EX" + RUN).json().getInt("total"));
        assertEquals(403, manager().get("api/users").status());
        assertEquals(200, admin().get("api/users").status());
    }

    @Test
    default void aSiteIsCreatedReadPagedAndFiltered() {
        String code = "A" + RUN;
        Api.Reply created = manager().post("api/sites", site(code, "Agence Test Lille Opéra", "AGENCY", "NOR-LIL",
                "\"segment\":\"Urbain\",\"city\":\"Lille\",\"latitude\":50.637,\"longitude\":3.063,\"headcount\":9"));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        JsonObject read = manager().get("api/sites/" + id).json();
        assertEquals("Agence Test Lille Opéra", read.getString("name"));
        assertEquals("NOR-LIL", read.getString("orgUnitCode"));
        assertEquals("ACTIVE", read.getString("status"));

        long regionNord = orgUnitId("NOR");
        JsonObject page = manager().get("api/sites?q=" + code.toLowerCase() + "&kind=AGENCY&regionId=" + regionNord).json();
        assertEquals(1, page.getInt("total"));
        assertEquals(code, page.getJsonArray("items").getJsonObject(0).getString("code"));
        assertEquals("Nord-Est", page.getJsonArray("items").getJsonObject(0).getString("regionName"));
        assertEquals(0, manager().get("api/sites?q=" + code + "&kind=STORE").json().getInt("total"));

        JsonObject firstPage = manager().get("api/sites?regionId=" + regionNord + "&limit=10&sort=code&desc=true").json();
        assertEquals(10, firstPage.getJsonArray("items").size());
        assertTrue(firstPage.getInt("total") >= 40);
        List<String> codes = firstPage.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")).toList();
        assertEquals(codes.stream().sorted((a, b) -> b.compareTo(a)).toList(), codes);
    }

    @Test
    default void aStaleEditIsRefusedWith409AndTheCurrentOneGoesThrough() {
        String code = "V" + RUN;
        JsonObject created = manager().post("api/sites", site(code, "Magasin Versions", "STORE", "IDF-PAR", "")).json();
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();

        Api.Reply first = manager().put("api/sites/" + id + "?version=" + version, site(code, "Magasin Renommé", "STORE", "IDF-PAR", ""));
        assertEquals(200, first.status(), first.body());
        assertEquals(version + 1, first.json().getJsonNumber("version").longValue());

        Api.Reply stale = manager().put("api/sites/" + id + "?version=" + version, site(code, "Écrasé ?", "STORE", "IDF-PAR", ""));
        assertEquals(409, stale.status());
        assertEquals("Magasin Renommé", manager().get("api/sites/" + id).json().getString("name"));
    }

    @Test
    default void badInputIsA400NamingEachField() {
        Api.Reply reply = manager().post("api/sites", "{\"code\":\"bad code!\",\"kind\":\"STORE\",\"latitude\":95,\"orgUnitCode\":\"NOWHERE\"}");
        assertEquals(400, reply.status());
        Set<String> fields = reply.json().getJsonArray("fieldErrors").stream()
                .map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("code", "name", "latitude", "longitude", "orgUnitCode"), fields);

        Api.Reply badKind = manager().post("api/sites", site("K" + RUN, "X", "SPACEPORT", "IDF-PAR", ""));
        assertEquals(400, badKind.status());
        assertTrue(badKind.body().contains("SPACEPORT"), badKind.body());
    }

    @Test
    default void unknownThingsAre404() {
        assertEquals(404, manager().get("api/sites/987654321").status());
        assertEquals(404, manager().get("api/org-units/987654321").status());
        assertEquals(404, manager().get("api/no-such-resource").status());
    }

    @Test
    default void aSiteIsClosedAndReopened() {
        JsonObject created = manager().post("api/sites", site("C" + RUN, "Agence Fermeture", "AGENCY", "SOU-BOR", "")).json();
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        JsonObject closed = manager().post("api/sites/" + id + "/close?version=" + version + "&on=2026-06-30", "").json();
        assertEquals("CLOSED", closed.getString("status"), closed.toString());
        assertEquals("2026-06-30", closed.getString("closedOn"));
        long closedVersion = closed.getJsonNumber("version").longValue();
        assertEquals(400, manager().post("api/sites/" + id + "/close?version=" + closedVersion + "&on=2026-07-01", "").status());
        JsonObject reopened = manager().post("api/sites/" + id + "/reopen?version=" + closedVersion, "").json();
        assertEquals("ACTIVE", reopened.getString("status"));
        assertFalse(reopened.containsKey("closedOn") && !reopened.isNull("closedOn"));
    }

    @Test
    default void anImportWithABadRowWritesNothingAndNamesEveryRejectedRow() {
        String csv = "code,name,kind,org_unit_code,latitude,longitude\n"
                + "I1" + RUN + ",Magasin Import Un,STORE,IDF-PAR,48.85,2.35\n"
                + "I2" + RUN + ",Magasin Import Deux,spaceport,IDF-PAR,,\n"
                + "I3" + RUN + ",Magasin Import Trois,STORE,NOWHERE,,\n"
                + "I1" + RUN + ",Doublon,STORE,IDF-PAR,,\n"
                + "I4" + RUN + ",Magasin Import Quatre,STORE,IDF-PAR,123,2\n";
        JsonObject report = manager().postCsv("api/sites/import?kind=SITES", csv).json();
        assertFalse(report.getBoolean("applied"));
        List<String> problems = report.getJsonArray("problems").stream()
                .map(v -> v.asJsonObject().getInt("line") + ":" + v.asJsonObject().getString("field") + ":" + v.asJsonObject().getString("key"))
                .toList();
        assertEquals(List.of("3:kind:site.kind.invalid", "4:org_unit_code:site.orgUnit.unknown",
                "5:code:csv.code.duplicate", "6:latitude:site.latitude.range"), problems);
        assertEquals(0, manager().get("api/sites?q=I1" + RUN).json().getInt("total"), "the valid row must not be written");
    }

    @Test
    default void aValidImportCreatesThenUpdatesByCodeInBatches() {
        StringBuilder csv = new StringBuilder("code;name;kind;org_unit_code;segment\n");
        int rows = 2_503; // more than two JDBC batches, and a remainder
        for (int i = 0; i < rows; i++) {
            csv.append(String.format("B%s%05d;Guichet %d;WEB_DESK;CEN-LYO;Batch\n", RUN, i, i));
        }
        JsonObject created = manager().postCsv("api/sites/import?kind=SITES", csv.toString()).json();
        assertTrue(created.getBoolean("applied"), created.toString());
        assertEquals(rows, created.getInt("newRows"));
        assertEquals(rows, manager().get("api/sites?q=B" + RUN).json().getInt("total"));

        JsonObject updated = manager().postCsv("api/sites/import?kind=SITES", csv.toString().replace("Guichet", "Guichet web")).json();
        assertEquals(0, updated.getInt("newRows"));
        assertEquals(rows, updated.getInt("changedRows"));
        JsonObject one = manager().get("api/sites?q=B" + RUN + "00042").json().getJsonArray("items").getJsonObject(0);
        assertEquals("Guichet web 42", one.getString("name"));
        // Inserted at version 1 (EclipseLink's first version), bumped once by the update.
        assertEquals(2L, manager().get("api/sites/" + one.getJsonNumber("id").longValue()).json().getJsonNumber("version").longValue());
    }

    @Test
    default void orgUnitsImportWithParentsLaterInTheFileAndCheckTheTree() {
        String csv = "code,name,level,parent_code,manager_name,manager_email\n"
                + "S" + RUN + ",Secteur Test,SECTOR,R" + RUN + ",Jeanne Test,jeanne@example.com\n"
                + "R" + RUN + ",Région Test,REGION,FR,,\n";
        JsonObject report = manager().postCsv("api/sites/import?kind=ORG_UNITS", csv).json();
        assertTrue(report.getBoolean("applied"), report.toString());
        assertEquals(2, report.getInt("newRows"));
        long sectorParent = manager().get("api/org-units").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("code").equals("S" + RUN)).findFirst().orElseThrow().getJsonNumber("parentId").longValue();
        assertEquals(orgUnitId("R" + RUN), sectorParent);

        String wrongLevel = "code,name,level,parent_code\nX" + RUN + ",Secteur sous réseau,SECTOR,FR\n";
        JsonObject refused = manager().postCsv("api/sites/import?kind=ORG_UNITS", wrongLevel).json();
        assertFalse(refused.getBoolean("applied"));
        assertEquals("orgUnit.parent.level", refused.getJsonArray("problems").getJsonObject(0).getString("key"));
    }

    @Test
    default void aFileThatIsNotCsvIsRefusedAsAWhole() {
        Api.Reply reply = manager().postCsv("api/sites/import?kind=SITES", "code,name,colour\nS1,A,red\n");
        assertEquals(400, reply.status());
        Set<String> codes = reply.json().getJsonArray("fieldErrors").stream()
                .map(v -> v.asJsonObject().getString("code")).collect(Collectors.toSet());
        assertEquals(Set.of("csv.header.missing", "csv.header.unknown"), codes);
    }

    @Test
    default void theExportNeutralisesFormulas() {
        String code = "F" + RUN;
        assertEquals(201, manager().post("api/sites", site(code, "=HYPERLINK(\\\"http://evil\\\")", "STORE", "IDF-PAR",
                "\"city\":\"@SUM(A1)\",\"longitude\":-1.5,\"latitude\":47.2")).status());
        Api.Reply csv = manager().get("api/sites/export?format=csv&q=" + code);
        assertEquals(200, csv.status());
        String[] lines = csv.body().split("\r?\n");
        assertTrue(lines[0].startsWith("code,name,kind"), lines[0]);
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[1].contains("'=HYPERLINK"), lines[1]);
        assertTrue(lines[1].contains("'@SUM(A1)"), lines[1]);
        assertTrue(lines[1].contains(",-1.500000,"), lines[1]);
        Api.Reply xlsx = manager().get("api/sites/export?format=xlsx&q=" + code);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.raw().headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
    }

    @Test
    default void usersAreValidatedAndChangesAudited() {
        Api.Reply bad = admin().post("api/users", "{\"username\":\"X\",\"displayName\":\"\",\"language\":\"de\",\"roles\":[],\"password\":\"short\"}");
        assertEquals(400, bad.status());
        Set<String> fields = bad.json().getJsonArray("fieldErrors").stream().map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("username", "displayName", "language", "roles", "password"), fields);
        JsonObject password = bad.json().getJsonArray("fieldErrors").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getString("field").equals("password")).findFirst().orElseThrow();
        assertEquals("user.password.tooShort", password.getString("code"));
        assertEquals("must be at least 12 characters long.", password.getString("message"));

        String code = "U" + RUN;
        long id = manager().post("api/sites", site(code, "Audit Me", "STORE", "IDF-PAR", "")).json().getJsonNumber("id").longValue();
        JsonObject entry = admin().get("api/audit?entityType=Site&username=manager&limit=200").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(a -> String.valueOf(id).equals(a.getString("entityId", ""))).findFirst().orElseThrow();
        assertEquals("CREATE", entry.getString("action"));
        assertNotEquals("", entry.getString("occurredAt"));
        assertEquals(403, manager().get("api/audit").status());
    }

    @Test
    default void theSessionCookieIsHttpOnlyAndSameSite() {
        Api.Reply page = Api.anonymous(base()).get("login.xhtml");
        assertEquals(200, page.status());
        String cookie = page.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    default void theOpenApiDocumentAndTheHealthCheckAreServed() throws Exception {
        Api root = Api.anonymous(new URL(base(), "/"));
        Api.Reply openapi = root.get("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/sites/{id}") || openapi.body().contains("/sites/{id}"), openapi.body());
        Api.Reply health = root.get("health");
        assertEquals(200, health.status());
        assertTrue(health.body().contains("terrain-database"), health.body());
    }

    private long orgUnitId(String code) {
        return manager().get("api/org-units").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
