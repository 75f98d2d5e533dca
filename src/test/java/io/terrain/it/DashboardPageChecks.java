package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The executive dashboard in Chromium on the demo plan: an executive drills down network → region → sector → site and
 * comes back, on a desktop and on a tablet (no sideways scrolling); a line manager opens theirs on a phone.
 */
interface DashboardPageChecks extends DeployedTerrain {

    private long demoPlanId() {
        return Api.as(base(), "manager", TerrainDeployment.DEMO_PASSWORD).get("api/waves/plans").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("name").startsWith("Déploiement national")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static String placeName(Browser browser) {
        return browser.find(By.id("placeName")).getText();
    }

    @Test
    default void anExecutiveDrillsDownFromTheNetworkToASiteAndComesBack() {
        long plan = demoPlanId();
        JsonObject network = Api.as(base(), "executive", TerrainDeployment.DEMO_PASSWORD).get("api/dashboards/executive?plan=" + plan).json();
        JsonObject firstRegion = network.getJsonArray("parts").getJsonObject(0).getJsonObject("place");
        try (Browser browser = Browser.open(base(), 1366, 900)) {
            browser.signIn("executive", TerrainDeployment.DEMO_PASSWORD);
            browser.click(By.id("homeDashboard"));
            browser.waitForUrl("dashboards/executive.xhtml");
            browser.open("dashboards/executive.xhtml?plan=" + plan);
            assertEquals("Réseau", placeName(browser));
            assertEquals(String.valueOf(network.getJsonObject("coverage").getInt("adopted")),
                    browser.find(By.cssSelector("#cardAdopted .t-big")).getText());
            assertTrue(browser.driver.findElements(By.cssSelector("#waves_data tr.t-row-bad")).size() > 0, "the late wave stands out");
            assertEquals(List.of(), browser.cspViolations(), "charts render under the Content-Security-Policy");
            browser.screenshot("dashboard-network-1366");

            browser.click(By.linkText(firstRegion.getString("name")));
            browser.waitForText(By.id("placeName"), firstRegion.getString("name"));
            String sector = browser.driver.findElements(By.cssSelector("a.t-drill")).get(0).getText();
            browser.click(By.linkText(sector));
            browser.waitForText(By.id("placeName"), sector);
            assertEquals(List.of("Réseau", firstRegion.getString("name")), browser.driver.findElements(By.cssSelector("a.t-crumb"))
                    .stream().map(e -> e.getText()).toList(), "the way back up");
            String site = browser.driver.findElements(By.cssSelector("a.t-drill")).get(0).getText();
            browser.click(By.linkText(site));
            browser.waitForText(By.id("placeName"), site);
            browser.screenshot("dashboard-site-1366");

            browser.driver.navigate().back();
            browser.waitForText(By.id("placeName"), sector);
            assertTrue(browser.driver.getCurrentUrl().contains("plan=" + plan), "back keeps the plan: " + browser.driver.getCurrentUrl());
            browser.click(By.cssSelector("a.t-crumb"));
            browser.waitForText(By.id("placeName"), "Réseau");
        }
        try (Browser tablet = Browser.open(base(), 768, 1024)) {
            tablet.signIn("executive", TerrainDeployment.DEMO_PASSWORD);
            tablet.open("dashboards/executive.xhtml?plan=" + plan);
            assertEquals("Réseau", placeName(tablet));
            assertTrue(((Number) tablet.script("return document.documentElement.scrollWidth")).intValue() <= 768,
                    "nothing wider than the tablet");
            tablet.screenshot("dashboard-network-768");
        }
    }

    @Test
    default void aProgramManagerMakesAMonthlyReportAndChoosesToReceiveThem() {
        try (Browser browser = Browser.open(base(), 1366, 900)) {
            browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
            browser.open("dashboards/reports.xhtml");
            int before = browser.driver.findElements(By.cssSelector("#archiveForm\\:archive_data tr[data-ri]")).size();
            browser.click(By.id("reportForm:generate"));
            browser.waitForText(By.id("messages"), "est prêt");
            assertEquals(before + 1, browser.driver.findElements(By.cssSelector("#archiveForm\\:archive_data tr[data-ri]")).size());
            assertTrue(browser.find(By.id("archiveForm:archive:0:pdf")).getText().startsWith("PDF ("), "the new report heads the archive");

            browser.click(By.id("subscriptionForm:subscribe"));
            browser.waitForText(By.id("subscriptionForm:subscribed"), "manager@terrain.example");
            browser.screenshot("monthly-reports-1366");
            browser.click(By.id("subscriptionForm:unsubscribe"));
            browser.waitForText(By.id("subscriptionForm:notSubscribed"), "Vous ne recevez pas les rapports par mail.");
        }
        try (Browser lineManager = Browser.open(base(), 1366, 900)) {
            lineManager.signIn("linemanager", TerrainDeployment.DEMO_PASSWORD);
            lineManager.open("dashboards/reports.xhtml");
            assertEquals("Accès refusé", lineManager.find(By.id("errorTitle")).getText(), "the direction's report is not a line manager's page");
        }
    }

    @Test
    default void aSiteManagerReadsTheirSitesDayOnAPhone() {
        try (Browser phone = Browser.open(base(), 375, 812)) {
            phone.signIn("sitemanager", TerrainDeployment.DEMO_PASSWORD);
            phone.click(By.id("homeSiteDay"));
            phone.waitForUrl("dashboards/site.xhtml");
            String name = phone.find(By.id("siteName")).getText();
            JsonObject day = Api.as(base(), "sitemanager", TerrainDeployment.DEMO_PASSWORD).get("api/dashboards/operational?site="
                    + phone.driver.findElement(By.id("exportCsv")).getAttribute("href").replaceAll(".*site=(\\d+).*", "$1")).json();
            assertEquals(day.getJsonObject("site").getString("name"), name);
            assertEquals(day.getJsonArray("feedback").size(), phone.driver.findElements(By.cssSelector(".t-feedback")).size(),
                    "the demo's last two weeks of feedback, the first ones to treat");
            assertTrue(day.getJsonArray("feedback").size() > 0);
            assertTrue(((Number) phone.script("return document.documentElement.scrollWidth")).intValue() <= 375,
                    "nothing wider than the phone");
            phone.screenshot("site-day-375");
        }
    }

    @Test
    default void aLineManagerOpensTheirRegionOnAPhone() {
        JsonObject own = Api.as(base(), "linemanager", TerrainDeployment.DEMO_PASSWORD).get("api/dashboards/executive?plan=" + demoPlanId())
                .json();
        try (Browser phone = Browser.open(base(), 375, 812)) {
            phone.signIn("linemanager", TerrainDeployment.DEMO_PASSWORD);
            phone.open("dashboards/executive.xhtml?plan=" + demoPlanId());
            assertEquals(own.getJsonObject("place").getString("name"), placeName(phone));
            assertEquals(0, phone.driver.findElements(By.cssSelector("a.t-crumb")).size(), "nothing above their region to open");
            assertTrue(((Number) phone.script("return document.documentElement.scrollWidth")).intValue() <= 375,
                    "nothing wider than the phone");
            phone.screenshot("dashboard-line-manager-375");
        }
    }
}
