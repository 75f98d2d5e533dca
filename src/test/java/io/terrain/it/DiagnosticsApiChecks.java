package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A diagnostic campaign through the REST API on MariaDB: sample, observations, verbatims, findings, report, scope. */
interface DiagnosticsApiChecks extends DeployedTerrain {

    String RUN = TestRun.id().toUpperCase();

    private Api as(String user) {
        return Api.signedIn(base(), user, TerrainDeployment.DEMO_PASSWORD);
    }

    private long userId(String username) {
        return DemoLookup.userId(base(), username);
    }

    private long siteId(String code) {
        return DemoLookup.siteId(base(), code);
    }

    private JsonObject journey(String code) {
        return as("manager").get("api/diagnostics/journeys").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(j -> j.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private JsonObject createCampaign(String name, long journeyId, List<Long> members) {
        Api.Reply created = as("manager").post("api/diagnostics/campaigns", "{\"name\":\"" + name + "\",\"objective\":\"Find where customers are lost\","
                + "\"startsOn\":\"2026-10-01\",\"endsOn\":\"2026-12-15\",\"journeyIds\":[" + journeyId + "],\"memberIds\":" + members + "}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    @Test
    default void aCampaignRunsFromSampleToReportWithEveryRoleInItsPlace() throws Exception {
        JsonObject purchase = journey("STORE_PURCHASE");
        JsonObject welcome = purchase.getJsonArray("steps").getJsonObject(0);
        long welcomeId = welcome.getJsonNumber("id").longValue();
        JsonArray criteria = welcome.getJsonArray("criteria");
        long greeted = criteria.getJsonObject(0).getJsonNumber("id").longValue();   // YES_NO
        long waited = criteria.getJsonObject(1).getJsonNumber("id").longValue();    // MINUTES
        long rated = criteria.getJsonObject(2).getJsonNumber("id").longValue();     // RATING
        long advice = purchase.getJsonArray("steps").getJsonObject(2).getJsonNumber("id").longValue();

        long coach = userId("coach");
        JsonObject campaign = createCampaign("Accueil " + RUN, purchase.getJsonNumber("id").longValue(), List.of(coach));
        long id = campaign.getJsonNumber("id").longValue();
        JsonObject other = createCampaign("Sans coach " + RUN, purchase.getJsonNumber("id").longValue(), List.of());

        // Sample: four sites first (strata missing), then a stratified proposal that misses none.
        List<Long> four = List.of(siteId("S0001"), siteId("S0002"), siteId("S0003"), siteId("S0004"));
        Api.Reply saved = as("manager").put("api/diagnostics/campaigns/" + id + "/sample?version=" + campaign.getJsonNumber("version"),
                four.toString());
        assertEquals(200, saved.status(), saved.body());
        JsonObject coverage = as("manager").get("api/diagnostics/campaigns/" + id + "/coverage").json();
        assertEquals(4, coverage.getInt("sampleSites"));
        int strata = coverage.getJsonArray("strata").size();
        assertTrue(coverage.getInt("missingStrata") > 0 && coverage.getInt("missingStrata") < strata, coverage.toString());
        assertTrue(coverage.getJsonArray("strata").getJsonObject(0).getInt("sampleSites") == 0, "missing strata are listed first");
        JsonArray proposal = as("manager").post("api/diagnostics/campaigns/" + id + "/sample/proposal?size=" + strata + "&seed=7", "")
                .jsonArray();
        assertEquals(strata, proposal.size());
        List<Long> sample = new ArrayList<>(proposal.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList());
        sample.addAll(four);
        long version = saved.json().getJsonNumber("version").longValue();
        JsonObject withSample = as("manager").put("api/diagnostics/campaigns/" + id + "/sample?version=" + version,
                new ArrayList<>(new HashSet<>(sample)).toString()).json();
        assertEquals(0, as("manager").get("api/diagnostics/campaigns/" + id + "/coverage").json().getInt("missingStrata"));
        assertEquals(409, as("manager").put("api/diagnostics/campaigns/" + id + "/sample?version=" + version, four.toString()).status(),
                "a sample saved from a stale read is refused");

        // Scope: the coach sees the campaign they observe in, not the other; the executive reads but does not record.
        Api coachApi = as("coach");
        Set<Long> seen = coachApi.get("api/diagnostics/campaigns").jsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertTrue(seen.contains(id));
        assertFalse(seen.contains(other.getJsonNumber("id").longValue()));
        assertEquals(404, coachApi.get("api/diagnostics/campaigns/" + other.getJsonNumber("id")).status());
        assertEquals(404, coachApi.get("api/diagnostics/campaigns/" + other.getJsonNumber("id") + "/observations").status());
        // A program manager observes too: a campaign opened by the administrator without them is not theirs.
        Api.Reply adminCampaign = as("admin").post("api/diagnostics/campaigns", "{\"name\":\"Admin " + RUN + "\",\"startsOn\":\"2026-10-01\","
                + "\"endsOn\":\"2026-10-31\",\"journeyIds\":[],\"memberIds\":[]}");
        assertEquals(201, adminCampaign.status(), adminCampaign.body());
        assertEquals(404, as("manager").get("api/diagnostics/campaigns/" + adminCampaign.json().getJsonNumber("id")).status());
        assertEquals(200, as("executive").get("api/diagnostics/campaigns/" + adminCampaign.json().getJsonNumber("id")).status(),
                "executives read every campaign");

        // Observations: four at the welcome step at two sites, one at another step.
        long s1 = four.get(0);
        long s2 = four.get(1);
        List<Long> welcomeObservations = new ArrayList<>();
        for (long site : List.of(s1, s1, s2, s2)) {
            Api.Reply r = coachApi.post("api/diagnostics/campaigns/" + id + "/observations", observation(UUID.randomUUID().toString(), site,
                    welcomeId, "[{\"criterionId\":" + greeted + ",\"choice\":\"NO\"},{\"criterionId\":" + waited + ",\"minutes\":7.5},"
                            + "{\"criterionId\":" + rated + ",\"rating\":2}]", "Personne à l'accueil"));
            assertEquals(201, r.status(), r.body());
            welcomeObservations.add(r.json().getJsonNumber("id").longValue());
        }
        assertEquals(201, coachApi.post("api/diagnostics/campaigns/" + id + "/observations",
                observation(UUID.randomUUID().toString(), s1, advice, "[]", null)).status());
        assertEquals(403, as("executive").post("api/diagnostics/campaigns/" + id + "/observations",
                observation(UUID.randomUUID().toString(), s1, advice, "[]", null)).status());

        // Bad observations are refused field by field.
        long outside = java.util.stream.IntStream.rangeClosed(1, 200).mapToObj(n -> siteId(String.format("S%04d", 201 - n)))
                .filter(site -> !sample.contains(site)).findFirst().orElseThrow();
        JsonObject refused = coachApi.post("api/diagnostics/campaigns/" + id + "/observations", observation(UUID.randomUUID().toString(),
                outside, welcomeId, "[{\"criterionId\":" + greeted + ",\"rating\":9}]", null)).json();
        List<String> codes = refused.getJsonArray("fieldErrors").stream().map(v -> v.asJsonObject().getString("field") + ":"
                + v.asJsonObject().getString("code")).toList();
        assertTrue(codes.contains("answers[" + greeted + "]:observation.answer.yesNo"), codes.toString());
        assertTrue(codes.contains("siteId:observation.site.notInSample"), codes.toString());

        // Verbatims: a bad file is refused whole with every row named; a good one lands.
        String bad = "site_code,received_on,channel,text,csat,nps,category\n"
                + "S0001,2026-10-03,STORE,Trop d'attente,1,,attente\n"
                + "NOPE,2026-10-03,STORE,Inconnu,,,\n"
                + "S0002,2026-10-03,STORE,Note folle,9,,\n"
                + "S0003,2026-10-03,STORE,,2,,\n"
                + "S0004,2026-10-03,PIGEON,Canal inconnu,,,\n"
                + "S0001,2026-10-03,STORE,Les deux,3,8,\n";
        JsonObject report = as("manager").postCsv("api/diagnostics/campaigns/" + id + "/verbatims/import", bad).json();
        assertFalse(report.getBoolean("applied"));
        assertEquals(5, report.getInt("rejectedRows"));
        assertEquals(List.of("3:site_code:measurement.site.unknown", "4:csat:verbatim.score.range", "5:text:verbatim.text.empty",
                        "6:channel:verbatim.channel.unknown", "7:nps:verbatim.score.both"),
                report.getJsonArray("problems").stream().map(v -> v.asJsonObject())
                        .map(p -> p.getInt("line") + ":" + p.getString("field") + ":" + p.getString("key")).toList());
        assertEquals(0, coachApi.get("api/diagnostics/campaigns/" + id + "/verbatims").json().getInt("total"), "nothing half-imported");
        byte[] latin1 = "site_code,received_on,channel,text\nS0001,2026-10-03,STORE,Très lent\n".getBytes(StandardCharsets.ISO_8859_1);
        Api.Reply encoding = as("manager").postBytes("api/diagnostics/campaigns/" + id + "/verbatims/import", "text/csv", latin1);
        assertEquals(400, encoding.status(), encoding.body());
        assertTrue(encoding.body().contains("csv.notUtf8"), encoding.body());
        String good = "site_code,received_on,channel,text,csat,nps,category\n"
                + "S0001,2026-10-03,STORE,Personne pour m'accueillir,,2,accueil\n"
                + "S0002,04/10/2026,PHONE,Conseiller très aimable,5,,conseil\n"
                + "S0003,2026-10-05,WEB,Retrait rapide,,10,retrait\n";
        JsonObject imported = as("manager").postCsv("api/diagnostics/campaigns/" + id + "/verbatims/import", good).json();
        assertTrue(imported.getBoolean("applied"), imported.toString());
        JsonArray verbatims = coachApi.get("api/diagnostics/campaigns/" + id + "/verbatims").json().getJsonArray("items");
        assertEquals("Personne pour m'accueillir", verbatims.getJsonObject(0).getString("text"), "detractors first");
        assertTrue(verbatims.getJsonObject(0).getBoolean("detractor"));
        assertEquals(1, coachApi.get("api/diagnostics/campaigns/" + id + "/verbatims?detractors=true").json().getInt("total"));
        long detractorVerbatim = verbatims.getJsonObject(0).getJsonNumber("id").longValue();

        // A friction point seen in 2 of the 4 welcome observations, at both sites.
        Api.Reply friction = coachApi.post("api/diagnostics/campaigns/" + id + "/frictions", "{\"stepId\":" + welcomeId
                + ",\"cause\":\"RELATIONAL\",\"title\":\"Client non salué\",\"severity\":3,\"observationIds\":["
                + welcomeObservations.get(0) + "," + welcomeObservations.get(2) + "],\"verbatimIds\":[" + detractorVerbatim + "],"
                + "\"kpiCodes\":[\"WAIT_TIME\",\"NPS\"]}");
        assertEquals(201, friction.status(), friction.body());
        JsonObject f = friction.json();
        assertEquals(2, f.getJsonObject("frequency").getInt("observations"));
        assertEquals(4, f.getJsonObject("frequency").getInt("stepObservations"));
        assertEquals(2, f.getJsonObject("frequency").getInt("sites"));
        assertEquals(2, f.getJsonObject("frequency").getInt("stepSites"));
        assertEquals(1.5, f.getJsonNumber("score").doubleValue(), 1e-9, "severity 3 × half the observations");
        long frictionId = f.getJsonNumber("id").longValue();
        assertEquals(400, coachApi.post("api/diagnostics/campaigns/" + id + "/frictions", "{\"stepId\":" + welcomeId
                + ",\"cause\":\"RELATIONAL\",\"title\":\"x\",\"severity\":5,\"kpiCodes\":[\"NOPE\"]}").status());

        assertEquals(201, coachApi.post("api/diagnostics/campaigns/" + id + "/determinants", "{\"kind\":\"STAFFING\","
                + "\"finding\":\"Personne n'est affecté à l'accueil aux heures de pointe\",\"frictionIds\":[" + frictionId + "]}").status());
        assertEquals(403, coachApi.post("api/diagnostics/campaigns/" + id + "/stakes", "{\"title\":\"x\",\"priority\":1}").status(),
                "stakes are the managers' synthesis");
        Api.Reply stake = as("manager").post("api/diagnostics/campaigns/" + id + "/stakes", "{\"title\":\"Accueillir chaque client\","
                + "\"priority\":1,\"frictionIds\":[" + frictionId + "]}");
        assertEquals(201, stake.status(), stake.body());
        assertEquals(List.of("NPS", "WAIT_TIME"), stake.json().getJsonArray("kpiCodes").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList(), "the stake carries its friction points' KPIs");

        JsonObject current = as("manager").get("api/diagnostics/campaigns/" + id).json();
        Api.Reply agreed = as("manager").put("api/diagnostics/campaigns/" + id + "/aspiration?version=" + current.getJsonNumber("version"),
                "{\"text\":\"Chaque client est salué en moins de 30 secondes\",\"agreedBy\":\"Équipes de Paris Centre\",\"agreedOn\":\"2026-11-20\"}");
        assertEquals(200, agreed.status(), agreed.body());
        assertEquals(409, as("manager").put("api/diagnostics/campaigns/" + id + "/aspiration?version=" + current.getJsonNumber("version"),
                "{\"text\":\"Autre\",\"agreedBy\":\"x\",\"agreedOn\":\"2026-11-21\"}").status());

        // Report on screen data, PDF and Excel.
        JsonObject full = as("executive").get("api/diagnostics/campaigns/" + id + "/report").json();
        assertEquals(5, full.getInt("observations"));
        assertEquals(3, full.getInt("verbatims"));
        assertEquals(1, full.getJsonObject("frictionsByCause").getInt("RELATIONAL"));
        assertEquals(1, full.getJsonObject("determinantsByKind").getInt("STAFFING"));
        assertEquals("Accueillir chaque client", full.getJsonArray("stakes").getJsonObject(0).getString("title"));
        // The files say what the report says: the campaign, its stake, its friction point.
        String pdf = Downloads.pdfText(Downloads.bytes(base(), "api/diagnostics/campaigns/" + id + "/report.pdf", "executive"));
        assertTrue(pdf.contains("Accueil " + RUN) && pdf.contains("Accueillir chaque client"), pdf);
        List<String> cells = Downloads.cells(Downloads.bytes(base(), "api/diagnostics/campaigns/" + id + "/report.xlsx", "executive"));
        assertTrue(cells.stream().anyMatch(c -> c.endsWith("!Accueillir chaque client")), cells.toString());
        String firstFriction = full.getJsonArray("frictions").getJsonObject(0).getString("title");
        assertTrue(pdf.contains(firstFriction) && cells.stream().anyMatch(c -> c.endsWith("!" + firstFriction)), firstFriction);

        // Published for pilots.
        assertEquals(1, as("manager").get("api/diagnostics/campaigns/" + id + "/stakes").jsonArray().size());
        assertEquals(withSample.getInt("sampleSize"), as("manager").get("api/diagnostics/campaigns/" + id + "/sample").jsonArray().size());
    }

    @Test
    default void anObservationResentIsStoredOnceAndADifferentOneUnderTheSameUuidIsRefused() throws Exception {
        JsonObject purchase = journey("STORE_PURCHASE");
        long step = purchase.getJsonArray("steps").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject campaign = createCampaign("Renvois " + RUN, purchase.getJsonNumber("id").longValue(), List.of(userId("coach")));
        long id = campaign.getJsonNumber("id").longValue();
        long site = siteId("S0010");
        assertEquals(200, as("manager").put("api/diagnostics/campaigns/" + id + "/sample?version=" + campaign.getJsonNumber("version"),
                "[" + site + "]").status());
        Api coach = as("coach");

        String uuid = UUID.randomUUID().toString();
        String body = observation(uuid, site, step, "[]", "Première");
        Api.Reply first = coach.post("api/diagnostics/campaigns/" + id + "/observations", body);
        assertEquals(201, first.status(), first.body());
        Api.Reply again = coach.post("api/diagnostics/campaigns/" + id + "/observations", body);
        assertEquals(200, again.status(), "a resend is recognised");
        assertEquals(first.json().getJsonNumber("id"), again.json().getJsonNumber("id"));
        Api.Reply different = coach.post("api/diagnostics/campaigns/" + id + "/observations", observation(uuid, site, step, "[]", "Autre"));
        assertEquals(409, different.status());
        assertTrue(different.json().getString("error").contains("identifier"), different.body());

        // Eight phones resend one new observation at the same moment: stored once, each told so.
        String racing = observation(UUID.randomUUID().toString(), site, step, "[]", "En même temps");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> as("coach").post("api/diagnostics/campaigns/" + id + "/observations", racing).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(2, coach.get("api/diagnostics/campaigns/" + id + "/observations").jsonArray().size());
    }

    @Test
    default void aJourneyIsWrittenStepByStepAndAStepInUseCannotBeRemoved() {
        String code = "J" + RUN;
        String twoSteps = "{\"code\":\"" + code + "\",\"nameFr\":\"Prêt immobilier\",\"nameEn\":\"Mortgage\",\"channel\":\"STORE\","
                + "\"steps\":[{\"nameFr\":\"Accueil\",\"nameEn\":\"Welcome\",\"moment\":\"FMOT\",\"interaction\":\"WELCOME\","
                + "\"criteria\":[{\"labelFr\":\"Salué\",\"labelEn\":\"Greeted\",\"kind\":\"YES_NO\"}]},"
                + "{\"nameFr\":\"Offre\",\"nameEn\":\"Offer\",\"interaction\":\"ADVICE\",\"criteria\":[]}]}";
        Api.Reply created = as("manager").post("api/diagnostics/journeys", twoSteps);
        assertEquals(201, created.status(), created.body());
        JsonObject journey = created.json();
        assertEquals(List.of("Welcome", "Offer"), journey.getJsonArray("steps").stream().map(v -> v.asJsonObject().getString("nameEn")).toList());
        assertEquals(400, as("manager").post("api/diagnostics/journeys", twoSteps).status(), "a code is used once");
        assertEquals(403, as("coach").post("api/diagnostics/journeys", twoSteps.replace(code, code + "X")).status());

        long welcomeStep = journey.getJsonArray("steps").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject campaign = createCampaign("Parcours " + RUN, journey.getJsonNumber("id").longValue(), List.of(userId("coach")));
        long site = siteId("S0030");
        assertEquals(200, as("manager").put("api/diagnostics/campaigns/" + campaign.getJsonNumber("id") + "/sample?version="
                + campaign.getJsonNumber("version"), "[" + site + "]").status());
        long greeted = journey.getJsonArray("steps").getJsonObject(0).getJsonArray("criteria").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(201, as("coach").post("api/diagnostics/campaigns/" + campaign.getJsonNumber("id") + "/observations",
                observation(UUID.randomUUID().toString(), site, welcomeStep, "[{\"criterionId\":" + greeted + ",\"choice\":\"YES\"}]", null))
                .status());

        String onlyOffer = "{\"nameFr\":\"Prêt immobilier\",\"nameEn\":\"Mortgage\",\"channel\":\"STORE\",\"steps\":[{\"id\":"
                + journey.getJsonArray("steps").getJsonObject(1).getJsonNumber("id") + ",\"nameFr\":\"Offre\",\"nameEn\":\"Offer\","
                + "\"interaction\":\"ADVICE\",\"criteria\":[]}]}";
        Api.Reply refused = as("manager").put("api/diagnostics/journeys/" + journey.getJsonNumber("id") + "?version=" + journey.getJsonNumber("version"),
                onlyOffer);
        assertEquals(400, refused.status());
        assertEquals("journey.step.inUse", refused.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));

        String renamed = twoSteps.replace("\"code\":\"" + code + "\",", "").replace("\"nameFr\":\"Accueil\"", "\"id\":" + welcomeStep
                + ",\"nameFr\":\"Accueil agence\"");
        // Sent without the criterion's id, the answered criterion would be replaced by a new one: its answers would lose their question.
        Api.Reply answered = as("manager").put("api/diagnostics/journeys/" + journey.getJsonNumber("id") + "?version="
                + journey.getJsonNumber("version"), renamed);
        assertEquals(400, answered.status(), answered.body());
        assertEquals("journey.criterion.inUse", answered.json().getJsonArray("fieldErrors").getJsonObject(0).getString("code"));
        renamed = renamed.replace("\"labelFr\":\"Salué\"", "\"id\":" + greeted + ",\"labelFr\":\"Salué\"");
        Api.Reply updated = as("manager").put("api/diagnostics/journeys/" + journey.getJsonNumber("id") + "?version=" + journey.getJsonNumber("version"),
                renamed);
        assertEquals(200, updated.status(), updated.body());
        assertEquals(welcomeStep, updated.json().getJsonArray("steps").getJsonObject(0).getJsonNumber("id").longValue(), "the step is kept");
        assertEquals("Accueil agence", updated.json().getJsonArray("steps").getJsonObject(0).getString("nameFr"));
        assertEquals(409, as("manager").put("api/diagnostics/journeys/" + journey.getJsonNumber("id") + "?version=" + journey.getJsonNumber("version"),
                renamed).status(), "a stale version is refused");
    }

    private static String observation(String uuid, long site, long step, String answers, String note) {
        return "{\"uuid\":\"" + uuid + "\",\"siteId\":" + site + ",\"stepId\":" + step + ",\"observedAt\":\""
                + LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS) + "\",\"answers\":" + answers
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }
}
