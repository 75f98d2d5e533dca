package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Field work on a 375 px phone, in headless Chromium on the real WAR: a coach records an observation
 * (the half-filled form survives a reload) and a friction point, and logs visits online and offline.
 */
interface PhonePageChecks extends DeployedTerrain {

    String RUN = TestRun.id().toUpperCase();

    @Test
    default void visitsLoggedOnlineAndOfflineReachTerrainOnceEach() throws Exception {
        // Service workers need a secure context: localhost is one, the container's address is not.
        URL local = new URL("http", "localhost", base().getPort(), base().getPath());
        try (Browser phone = Browser.open(local, 375, 812)) {
            phone.signIn("coach", TerrainDeployment.DEMO_PASSWORD);
            phone.open("coaches/today.xhtml");
            Select site = new Select(phone.find(By.id("siteId")));
            assertTrue(site.getOptions().size() > 0, "the coach's assigned sites are offered");
            assertEquals(java.util.List.of(), phone.cspViolations(), "the day page and its scripts run under the Content-Security-Policy");

            log(phone, "En ligne " + RUN);
            waitFor(phone, "0", "Visite envoyée");

            HasNetworkConditions network = (HasNetworkConditions) phone.driver;
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            network.setNetworkConditions(offline);
            log(phone, "Hors ligne " + RUN);
            waitFor(phone, "1", "gardée sur ce téléphone");
            phone.screenshot("coach-day-offline");

            phone.driver.navigate().refresh();
            assertEquals("1", phone.find(By.id("pendingCount")).getText(), "the queued visit survives a reload without network");

            network.setNetworkConditions(new ChromiumNetworkConditions());
            phone.click(By.id("syncNow"));
            try {
                // Either the offline send never left the phone (sent now), or it reached Terrain and only the answer was
                // lost (recognised now as a resend): both leave nothing pending, and the check below counts exactly one.
                waitFor(phone, "0", "Visite envoyée");
            } finally {
                phone.screenshot("coach-day-synced");
            }
        }
        var visits = Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD)
                .get("api/visits?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1)).jsonArray();
        assertEquals(1, visits.stream().map(JsonValue::asJsonObject)
                .filter(v -> v.get("observations") != null && v.getString("observations").equals("En ligne " + RUN)).count());
        assertEquals(1, visits.stream().map(JsonValue::asJsonObject)
                .filter(v -> v.get("observations") != null && v.getString("observations").equals("Hors ligne " + RUN)).count());
    }

    /**
     * On a visit, at 375 px: the coach ticks a checklist item of the site as finished on the visit form; once sent, the
     * item is DONE with the visit as its evidence, and the site's rollout page (one tap from the form) shows it done.
     */
    @Test
    default void aCoachTicksAChecklistItemDoneDuringAVisitAndSeesItOnTheSitesRolloutPage() throws Exception {
        Api coach = Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD);
        JsonObject day = dayWithAnOpenItem(coach);
        JsonObject agendas = day.getJsonObject("agenda");
        // The last assigned site with open items: the REST checks work through the first ones.
        long siteId = day.getJsonArray("sites").stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue())
                .filter(id -> agendas.containsKey(String.valueOf(id)) && !agendas.getJsonArray(String.valueOf(id)).isEmpty())
                .reduce((first, last) -> last).orElseThrow(() -> new AssertionError(day.toString()));
        String item = agendas.getJsonArray(String.valueOf(siteId)).getString(0);
        try (Browser phone = Browser.open(new URL("http", "localhost", base().getPort(), base().getPath()), 375, 812)) {
            phone.signIn("coach", TerrainDeployment.DEMO_PASSWORD);
            phone.open("index.xhtml");
            phone.click(By.id("homeToday"));
            phone.waitForUrl("coaches/today.xhtml");
            new Select(phone.find(By.id("siteId"))).selectByValue(String.valueOf(siteId));
            WebElement done = phone.driver.findElements(By.name("agendaDone")).stream()
                    .filter(box -> item.equals(box.getAttribute("value"))).findFirst().orElseThrow();
            done.click();
            log(phone, "Check-list " + RUN);
            waitFor(phone, "0", "Visite envoyée");
            phone.screenshot("coach-day-checklist-ticked");
            assertTrue(phone.find(By.id("siteChecklist")).isDisplayed(), "the site's checklist is one tap away");
            phone.click(By.id("siteChecklist"));
            phone.waitForUrl("waves/site.xhtml");
            WebElement ticked = phone.driver.findElements(By.cssSelector(".t-check-item")).stream()
                    .filter(e -> e.getText().contains(item)).findFirst().orElseThrow();
            assertTrue(ticked.getText().contains("✓"), ticked.getText());
            phone.screenshot("site-rollout-phone");
        }
        JsonObject entry = coach.get("api/waves/sites/" + siteId).json().getJsonArray("checklist").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("description").equals(item)).findFirst().orElseThrow();
        assertEquals("DONE", entry.getString("status"));
        assertTrue(entry.containsKey("visitId") && !entry.isNull("visitId"), entry.toString());
        // The demo coach has few open items: this one goes back to in progress for the REST checks that need them.
        assertEquals(200, coach.put("api/waves/sites/" + siteId + "/checklist/" + entry.getJsonNumber("id") + "?version="
                + entry.getJsonNumber("version"), "{\"status\":\"IN_PROGRESS\"}").status());
    }

    /**
     * The demo coach's day with at least one open checklist item: other checks work through the demo coach's items,
     * and whether they ran first depends on the test order, so a done item of a site still rolling out is put back in
     * progress when none is open.
     */
    private JsonObject dayWithAnOpenItem(Api coach) {
        JsonObject day = coach.get("api/visits/day").json();
        if (day.getJsonObject("agenda").values().stream().anyMatch(items -> !items.asJsonArray().isEmpty())) {
            return day;
        }
        List<Long> sites = day.getJsonArray("sites").stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList();
        for (int i = sites.size() - 1; i >= 0; i--) {
            Api.Reply site = coach.get("api/waves/sites/" + sites.get(i));
            if (site.status() != 200 || "ADOPTED".equals(site.json().getJsonObject("rollout").getString("status"))) {
                continue;
            }
            java.util.Optional<JsonObject> done = site.json().getJsonArray("checklist").stream().map(JsonValue::asJsonObject)
                    .filter(item -> "DONE".equals(item.getString("status"))).findFirst();
            if (done.isPresent()) {
                assertEquals(200, coach.put("api/waves/sites/" + sites.get(i) + "/checklist/" + done.get().getJsonNumber("id")
                        + "?version=" + done.get().getJsonNumber("version"), "{\"status\":\"IN_PROGRESS\"}").status());
                return coach.get("api/visits/day").json();
            }
        }
        throw new AssertionError("no site of the demo coach still rolling out with a done item to reopen: " + day);
    }

    /**
     * #15 item 1: the form refuses, before queueing, an agreed action without its due date, in words beside the field;
     * a visit the server refuses (the coach was not assigned to the site that day) stays on the phone, in the refused
     * list with its reason in words, across a reload, and once corrected it is sent, exactly once.
     */
    @Test
    default void aVisitTheServerRefusesStaysOnThePhoneToBeCorrectedAndSentAgain() throws Exception {
        URL local = new URL("http", "localhost", base().getPort(), base().getPath());
        String observations = "Refusée puis corrigée " + RUN;
        try (Browser phone = Browser.open(local, 375, 812)) {
            phone.signIn("coach", TerrainDeployment.DEMO_PASSWORD);
            phone.open("coaches/today.xhtml");
            assertFalse(phone.driver.findElement(By.id("refusedBox")).isDisplayed(), "no refused visit on a new phone");
            phone.type(By.id("observations"), observations);
            phone.click(By.id("addAction"));
            phone.type(By.cssSelector("#actions .t-action [data-field=description]"), "Afficher les horaires");
            phone.type(By.cssSelector("#actions .t-action [data-field=owner]"), "Claire");
            phone.click(By.id("saveVisit"));
            assertEquals("est obligatoire.", phone.find(By.cssSelector("#actions .t-action .t-error[data-for-action=dueOn]")).getText());
            assertEquals("", phone.find(By.cssSelector("#actions .t-action .t-error[data-for-action=owner]")).getText());
            assertEquals("0", phone.find(By.id("pendingCount")).getText(), "nothing queued while the form is incomplete");
            assertTrue(phone.find(By.id("syncMessage")).getText().contains("corrigez les champs marqués en rouge"));

            setValue(phone, "#actions .t-action [data-field=dueOn]", LocalDate.now().plusDays(7).toString());
            setValue(phone, "#date", "2001-01-08");
            phone.click(By.id("saveVisit"));
            WebElement refused = new WebDriverWait(phone.driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("refusedBox")).isDisplayed() ? d.findElement(By.id("refusedBox")) : null);
            String siteName = new Select(phone.find(By.id("siteId"))).getFirstSelectedOption().getText().replaceAll(" \\(.*\\)$", "");
            assertTrue(refused.getText().contains("2001-01-08 · " + siteName), refused.getText());
            // WebDriver reads the separator's no-break space as a space.
            assertTrue(refused.getText().contains("Date : vous n'êtes pas affecté à ce site le 2001-01-08 : vérifiez la date."),
                    refused.getText());
            assertEquals("0", phone.find(By.id("pendingCount")).getText());
            assertTrue(phone.find(By.id("syncMessage")).getText().contains("Une visite a été refusée"));
            phone.screenshot("coach-day-refused");

            phone.driver.navigate().refresh();
            refused = phone.find(By.id("refusedBox"));
            assertTrue(refused.getText().contains("n'êtes pas affecté"), "the refused visit survives a reload: " + refused.getText());
            WebElement correct = refused.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("Corriger")).findFirst()
                    .orElseThrow();
            phone.script("arguments[0].scrollIntoView({block: 'center'});", correct); // clear of the sticky send bar, as a thumb would
            correct.click();
            assertEquals("Corriger la visite refusée", phone.find(By.id("formTitle")).getText());
            assertEquals(observations, phone.find(By.id("observations")).getAttribute("value"));
            assertEquals("Claire", phone.find(By.cssSelector("#actions .t-action [data-field=owner]")).getAttribute("value"));
            assertFalse(phone.driver.findElement(By.id("refusedBox")).isDisplayed());
            setValue(phone, "#date", LocalDate.now().toString());
            phone.click(By.id("saveVisit"));
            waitFor(phone, "0", "Visite envoyée");
            assertFalse(phone.driver.findElement(By.id("refusedBox")).isDisplayed());
        }
        Api coach = Api.as(base(), "coach", TerrainDeployment.DEMO_PASSWORD);
        var sent = coach.get("api/visits?from=" + LocalDate.now() + "&to=" + LocalDate.now()).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(v -> v.get("observations") != null && v.getString("observations").equals(observations)).toList();
        assertEquals(1, sent.size(), sent.toString());
        long visitId = sent.get(0).getJsonNumber("id").longValue();
        JsonObject action = coach.get("api/visits/actions/open").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("visitId").longValue() == visitId).findFirst().orElseThrow();
        assertEquals("Afficher les horaires · Claire · " + LocalDate.now().plusDays(7),
                action.getString("description") + " · " + action.getString("owner") + " · " + action.getString("dueOn"));
    }

    /** #15 item 2: at 375 px the visit calendar opens on the day, fits the screen, and plans from a slot as on a desktop. */
    @Test
    default void theVisitCalendarFitsAPhoneAndShowsTheDay() {
        try (Browser phone = Browser.open(base(), 375, 812)) {
            phone.signIn("coach", TerrainDeployment.DEMO_PASSWORD);
            phone.open("coaches/calendar.xhtml");
            phone.find(By.cssSelector("#calendarForm\\:schedule .fc-timeGridDay-view"));
            assertTrue(phone.driver.findElements(By.cssSelector("#calendarForm\\:schedule .fc-timeGridWeek-view")).isEmpty(),
                    "not the week's seven columns");
            long width = ((Number) phone.script("return document.documentElement.scrollWidth;")).longValue();
            assertTrue(width <= 375, "the page is " + width + " px wide on a 375 px phone");
            phone.click(By.cssSelector("#calendarForm\\:schedule .fc-listWeek-button"));
            phone.find(By.cssSelector("#calendarForm\\:schedule .fc-listWeek-view"));
            phone.screenshot("coach-calendar-phone");
        }
    }

    /** Sets a native date field as picking a day does (typing into one depends on the browser's locale). */
    private static void setValue(Browser phone, String css, String value) {
        phone.script("var i = document.querySelector(arguments[0]); i.value = arguments[1];"
                + " i.dispatchEvent(new Event('input', { bubbles: true }));", css, value);
    }

    private static void log(Browser phone, String observations) {
        phone.type(By.id("observations"), observations);
        phone.driver.findElement(By.cssSelector("label[for='mood4']")).click();
        phone.click(By.id("saveVisit"));
    }

    private static void waitFor(Browser phone, String pending, String... messages) {
        new WebDriverWait(phone.driver, Duration.ofSeconds(30)).withMessage(() -> "pending "
                        + phone.driver.findElement(By.id("pendingCount")).getText() + ", message: "
                        + phone.driver.findElement(By.id("syncMessage")).getText())
                .until(d -> pending.equals(d.findElement(By.id("pendingCount")).getText())
                        && java.util.Arrays.stream(messages).anyMatch(d.findElement(By.id("syncMessage")).getText()::contains));
    }

    @Test
    default void aCoachObservesOnAPhoneKeepsAHalfFilledFormAcrossAReloadAndRecordsAFrictionPoint() {
        Api manager = Api.as(base(), "manager", TerrainDeployment.DEMO_PASSWORD);
        JsonObject journey = manager.get("api/diagnostics/journeys").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(j -> j.getString("code").equals("STORE_PURCHASE")).findFirst().orElseThrow();
        JsonObject welcome = journey.getJsonArray("steps").getJsonObject(0);
        long stepId = welcome.getJsonNumber("id").longValue();
        long coachId = Api.as(base(), "admin", TerrainDeployment.DEMO_PASSWORD).get("api/users?search=coach").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(u -> u.getString("username").equals("coach")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long site = manager.get("api/sites?q=s0020").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject campaign = manager.post("api/diagnostics/campaigns", "{\"name\":\"Téléphone " + RUN + "\",\"startsOn\":\"2026-11-01\","
                + "\"endsOn\":\"2026-12-31\",\"journeyIds\":[" + journey.getJsonNumber("id") + "],\"memberIds\":[" + coachId + "]}").json();
        long id = campaign.getJsonNumber("id").longValue();
        assertEquals(200, manager.put("api/diagnostics/campaigns/" + id + "/sample?version=" + campaign.getJsonNumber("version"),
                "[" + site + "]").status());

        try (Browser phone = Browser.open(base(), 375, 812)) {
            phone.signIn("coach", TerrainDeployment.DEMO_PASSWORD);
            phone.open("diagnostics/observe.xhtml?campaign=" + id);
            new Select(phone.find(By.id("observeForm:siteId"))).selectByValue(String.valueOf(site));
            new Select(phone.find(By.id("observeForm:stepId"))).selectByValue(String.valueOf(stepId));
            WebElement grid = phone.find(By.cssSelector("fieldset[data-step='" + stepId + "']"));
            grid.findElements(By.xpath(".//label[normalize-space()='Non']")).get(0).click();
            grid.findElement(By.cssSelector("input[type=number]")).sendKeys("6");
            grid.findElements(By.xpath(".//label[normalize-space()='2']")).get(0).click();
            phone.type(By.id("observeForm:note"), "Personne à l'accueil, file de six clients");
            phone.screenshot("observe-phone-filled");

            phone.driver.navigate().refresh();
            assertEquals("Personne à l'accueil, file de six clients", phone.find(By.id("observeForm:note")).getAttribute("value"),
                    "the half-filled form survives a reload");
            assertEquals(String.valueOf(site), new Select(phone.find(By.id("observeForm:siteId"))).getFirstSelectedOption().getAttribute("value"));
            grid = phone.find(By.cssSelector("fieldset[data-step='" + stepId + "']"));
            assertTrue(grid.isDisplayed(), "the chosen step's grid is shown again");
            assertEquals("6", grid.findElement(By.cssSelector("input[type=number]")).getAttribute("value"));
            assertEquals(2, grid.findElements(By.cssSelector("input[type=radio]:checked")).size());
            Long width = (Long) ((JavascriptExecutor) phone.driver).executeScript("return document.documentElement.scrollWidth;");
            assertTrue(width <= 400, "page is " + width + " px wide at 375 px");

            phone.click(By.id("observeForm:save"));
            phone.waitForText(By.id("messages"), "Observation enregistrée");
            phone.waitForText(By.id("recordedCount"), "1");
            phone.screenshot("observe-phone-saved");
            JsonArray observations = manager.get("api/diagnostics/campaigns/" + id + "/observations").jsonArray();
            assertEquals(1, observations.size());
            JsonObject stored = observations.getJsonObject(0);
            assertEquals("Personne à l'accueil, file de six clients", stored.getString("note"));
            assertEquals(3, stored.getJsonArray("answers").size());
            assertTrue(stored.getJsonArray("answers").stream().map(JsonValue::asJsonObject)
                    .anyMatch(a -> a.get("minutes") != null && a.getJsonNumber("minutes").doubleValue() == 6.0));

            phone.driver.navigate().refresh();
            assertEquals("", phone.find(By.id("observeForm:note")).getAttribute("value"), "a recorded observation leaves no draft behind");

            phone.open("diagnostics/campaign.xhtml?id=" + id);
            // #15 item 8: a coach reads the campaign as a card, not as a grey form.
            assertTrue(phone.find(By.id("tabs:overviewForm:overviewCard")).getText().contains("Téléphone " + RUN));
            assertTrue(phone.driver.findElements(By.cssSelector("#tabs\\:overviewForm input:disabled, #tabs\\:aspirationForm textarea:disabled"))
                    .isEmpty(), "no disabled form for a reader");
            phone.click(By.xpath("//a[contains(normalize-space(), 'Points de décrochage')]"));
            ((JavascriptExecutor) phone.driver).executeScript("PrimeFaces.widgets['widget_tabs_frictionForm_stepId'].selectValue(arguments[0]);",
                    String.valueOf(stepId));
            phone.waitForAjax();
            phone.type(By.id("tabs:frictionForm:title"), "Client non salué à l'entrée");
            phone.click(By.xpath("//div[@id='tabs:frictionForm:severity']//div[contains(@class,'ui-button')][normalize-space()='3']"));
            phone.click(By.id("tabs:frictionForm:saveFriction"));
            phone.waitForText(By.id("tabs:frictionList:frictionTable"), "Client non salué à l'entrée");
            phone.screenshot("friction-phone");
        }
        try (Browser desk = Browser.open(base())) {
            desk.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
            desk.open("diagnostics/campaign.xhtml?id=" + id);
            desk.click(By.xpath("//a[starts-with(normalize-space(), 'Échantillon')]"));
            assertTrue(desk.find(By.id("tabs:sampleForm:missingWarning")).getText().contains("aucun site"), "a one-site sample misses strata");
            assertTrue(desk.find(By.id("tabs:sampleForm:strata")).getText().contains("Magasin"));
            desk.screenshot("campaign-sample");
            desk.click(By.xpath("//a[normalize-space()='Rapport']"));
            desk.find(By.cssSelector("#tabs\\:reportForm\\:byCause canvas"));
            desk.screenshot("campaign-report");
        }
        JsonArray frictions = manager.get("api/diagnostics/campaigns/" + id + "/frictions").jsonArray();
        assertEquals(1, frictions.size());
        assertEquals(3, frictions.getJsonObject(0).getInt("severity"));
        assertEquals(stepId, frictions.getJsonObject(0).getJsonNumber("stepId").longValue());
    }
}
