package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coach at 375 px logs a visit, loses the network (Chromium's network emulation), logs a second
 * one and reloads the page while offline, then gets the network back: both visits reach Terrain,
 * each exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class CoachDayPageIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36).toUpperCase();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TerrainDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void visitsLoggedOnlineAndOfflineReachTerrainOnceEach() throws Exception {
        // Service workers need a secure context: localhost is one, the container's address is not.
        URL local = new URL("http", "localhost", base.getPort(), base.getPath());
        try (Browser phone = new Browser(local, 375, 812)) {
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
                waitFor(phone, "0", "Visite envoyée", "déjà arrivée");
            } finally {
                phone.screenshot("coach-day-synced");
            }
        }
        var visits = Api.as(base, "coach", TerrainDeployment.DEMO_PASSWORD)
                .get("api/visits?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1)).jsonArray();
        assertEquals(1, visits.stream().map(JsonValue::asJsonObject)
                .filter(v -> v.get("observations") != null && v.getString("observations").equals("En ligne " + RUN)).count());
        assertEquals(1, visits.stream().map(JsonValue::asJsonObject)
                .filter(v -> v.get("observations") != null && v.getString("observations").equals("Hors ligne " + RUN)).count());
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
}
