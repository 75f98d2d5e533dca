package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Terrain deployed once — the real WAR on Payara Micro against the test database — and everything checked against
 * it: real screens in headless Chromium (this class's own tests), every module's REST checks, the phone pages, the
 * dashboards' pages and the attack checks (the interfaces). One class, one boot: a boot costs about 30 s on two cores,
 * so a new area's checks join as an interface rather than start a new class.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(TerrainIT.ScreensFirst.class)
class TerrainIT implements CoreApiChecks, IndicatorsApiChecks, DiagnosticsApiChecks, CoachesApiChecks, PilotsApiChecks,
        WavesApiChecks, LineManagementChecks, DashboardsApiChecks, FeedbackChecks, MonthlyReportChecks,
        PhonePageChecks, DashboardPageChecks, SecurityChecks {

    private static final String RUN = TestRun.id().toUpperCase();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TerrainDeployment.war();
    }

    /**
     * The screens' own tests and the phone, dashboard-page and attack checks first, then the REST checks — the order
     * they ran in as two classes: the REST checks work through the demo coach's open checklist items, which the phone's
     * checklist test needs. Within each group, JUnit's default order (by the method name's hash, then its signature).
     */
    static final class ScreensFirst implements MethodOrderer {

        private static final Set<Class<?>> SCREENS = Set.of(TerrainIT.class, PhonePageChecks.class, DashboardPageChecks.class,
                SecurityChecks.class);

        @Override
        public void orderMethods(MethodOrdererContext context) {
            context.getMethodDescriptors().sort(Comparator
                    .<MethodDescriptor>comparingInt(test -> SCREENS.contains(test.getMethod().getDeclaringClass()) ? 0 : 1)
                    .thenComparingInt(test -> test.getMethod().getName().hashCode())
                    .thenComparing(test -> test.getMethod().toString()));
        }
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @Override
    public URL base() {
        return base;
    }

    /** A desktop browser for this class's own tests (Browser.open: one given back by an earlier test, reset); the checks open theirs. */
    @BeforeEach
    void openBrowser(TestInfo test) {
        if (test.getTestMethod().orElseThrow().getDeclaringClass() == TerrainIT.class) {
            browser = Browser.open(base);
        }
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            browser.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
            browser.close();
            browser = null;
        }
    }

    @AfterAll
    static void quitBrowsers() {
        Browser.quitAll();
    }

    private Path csv(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "it-files"));
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toAbsolutePath();
    }

    private void upload(Path file) {
        browser.driver.findElement(By.id("importForm:file_input")).sendKeys(file.toString());
        browser.find(By.id("rowsCount"));
        browser.waitForAjax();
    }

    @Test
    void aProgramManagerImportsSitesFindsOneEditsItAndSwitchesLanguage() throws IOException {
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("network/import.xhtml");
        browser.screenshot("import-empty");
        String code = "P" + RUN;
        upload(csv("sites-" + RUN + ".csv", "code;name;kind;org_unit_code;city\n"
                + code + "1;Magasin Écran Un;magasin;IDF-PAR;Paris\n"
                + code + "2;Agence Écran Deux;AGENCY;SEA-MAR;Marseille\n"
                + code + "3;Centre Écran Trois;CALL_CENTRE;OUE-REN;Rennes\n"));
        assertTrue(browser.find(By.id("newCount")).getText().startsWith("3"), browser.find(By.id("newCount")).getText());
        assertTrue(browser.find(By.id("problemCount")).getText().startsWith("0"));
        browser.screenshot("import-preview");
        browser.click(By.id("importForm:apply"));
        browser.find(By.id("importForm:appliedNotice"));
        browser.screenshot("import-applied");

        browser.open("network/sites.xhtml");
        browser.type(By.id("sitesForm:search"), code + "2");
        browser.waitForText(By.id("sitesForm:sites_data"), "Agence Écran Deux");
        browser.waitForAjax();
        assertEquals(1, browser.driver.findElements(By.cssSelector("#sitesForm\\:sites_data > tr")).size());
        browser.screenshot("sites-search");
        browser.click(By.linkText(code + "2"));

        browser.waitForUrl("site.xhtml");
        // #15 item 8: the site reads as a card; "Modifier" opens the form, saving shows the card again.
        assertTrue(browser.driver.findElements(By.id("siteTabs:siteForm:name")).isEmpty(), "no form before Edit");
        browser.click(By.id("siteTabs:siteForm:edit"));
        browser.type(By.id("siteTabs:siteForm:name"), "Agence Écran Deux Rénovée");
        browser.click(By.id("siteTabs:siteForm:save"));
        browser.waitForText(By.id("messages"), code + "2");
        assertTrue(browser.find(By.id("siteTabs:siteForm:siteCard")).getText().contains("Agence Écran Deux Rénovée"));
        browser.screenshot("site-saved");
        JsonObject saved = Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD)
                .get("api/sites?q=" + code + "2").json().getJsonArray("items").getJsonObject(0);
        assertEquals("Agence Écran Deux Rénovée", saved.getString("name"));

        // French is the manager's saved language; switching is remembered for the next sign-in.
        assertTrue(browser.find(By.id("shell:signOut")).getText().contains("Se déconnecter"));
        browser.click(By.id("shell:langEn"));
        browser.waitForText(By.id("shell:signOut"), "Sign out");
        browser.click(By.id("shell:signOut"));
        browser.waitForUrl("login.xhtml");
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.waitForText(By.id("shell:signOut"), "Sign out");
        browser.click(By.id("shell:langFr"));
        browser.waitForText(By.id("shell:signOut"), "Se déconnecter");

        // An executive reads the same card, without an Edit button and without a grey, disabled form.
        browser.driver.manage().deleteAllCookies();
        browser.signIn("executive", TerrainDeployment.DEMO_PASSWORD);
        browser.open("network/site.xhtml?id=" + saved.getJsonNumber("id"));
        assertTrue(browser.find(By.id("siteTabs:siteForm:siteCard")).getText().contains("Agence Écran Deux Rénovée"));
        assertTrue(browser.driver.findElements(By.id("siteTabs:siteForm:edit")).isEmpty(), "an executive does not edit sites");
        assertTrue(browser.driver.findElements(By.cssSelector("#siteTabs\\:siteForm input:disabled")).isEmpty());
    }

    @Test
    void aFileWithRejectedRowsShowsEachOneAndImportsNothing() throws IOException {
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("network/import.xhtml");
        String code = "R" + RUN;
        upload(csv("bad-" + RUN + ".csv", "code,name,kind,org_unit_code,latitude,longitude\n"
                + code + "1,Valide,STORE,IDF-PAR,,\n"
                + code + "2,Mauvais type,spaceport,IDF-PAR,,\n"
                + code + "3,Hors carte,STORE,IDF-PAR,91,2\n"));
        assertTrue(browser.find(By.id("problemCount")).getText().startsWith("2"));
        String problems = browser.find(By.id("importForm:problems_data")).getText();
        assertTrue(problems.contains("spaceport"), problems);
        assertTrue(problems.contains("91"), problems);
        assertTrue(browser.driver.findElements(By.id("importForm:apply")).isEmpty(), "no import button while rows are rejected");
        browser.screenshot("import-rejected");
        assertEquals(0, Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD).get("api/sites?q=" + code).json().getInt("total"));
    }

    @Test
    void aCoachIsRefusedTheAdministrationAndNetworkScreens() {
        browser.signIn("coach", TerrainDeployment.DEMO_PASSWORD);
        assertTrue(browser.driver.findElements(By.id("shell:menuAdmin")).isEmpty());
        browser.open("admin/users.xhtml");
        assertTrue(browser.find(By.id("errorTitle")).isDisplayed());
        assertTrue(browser.bodyText().contains("Accès refusé"), browser.bodyText());
        assertTrue(browser.find(By.id("errorReference")).getText().matches("[0-9a-f]{8}"));
        browser.screenshot("coach-refused");
        browser.open("network/sites.xhtml");
        assertTrue(browser.bodyText().contains("Accès refusé"));
    }

    @Test
    void signingInRenewsTheSessionIdAndAnUnknownPageShowsAReference() {
        browser.open("login.xhtml");
        String before = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        browser.signIn("admin", TerrainDeployment.DEMO_PASSWORD);
        assertNotEquals(before, browser.driver.manage().getCookieNamed("JSESSIONID").getValue());
        assertTrue(browser.driver.manage().getCookieNamed("terrain_session").isHttpOnly());
        browser.open("no-such-page.xhtml");
        assertTrue(browser.find(By.id("errorReference")).getText().matches("[0-9a-f]{8}"));
        assertTrue(!browser.bodyText().contains("Exception"), "no stack trace on error pages");
    }

    @Test
    void anAjaxRequestAfterTheSessionExpiredGoesBackToTheLoginPage() {
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("network/sites.xhtml");
        browser.find(By.id("sitesForm:search"));
        // A session that expired: Terrain's sign-in token and the screen's container session are both gone.
        browser.driver.manage().deleteCookieNamed("terrain_session");
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.find(By.id("sitesForm:search")).sendKeys("Lyon");
        browser.waitForUrl("login.xhtml?expired=true");
        assertTrue(browser.bodyText().contains("Votre session a expiré") || browser.bodyText().contains("Your session expired"),
                browser.bodyText());
    }

    @Test
    void anAjaxRequestWhoseScreenIsNoLongerKnownSaysThePageExpiredAndKeepsTheSignIn() {
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("network/sites.xhtml");
        browser.find(By.id("sitesForm:search"));
        // The screen's state is gone (its container session, as on an instance that lost it) but the sign-in is not.
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.find(By.id("sitesForm:search")).sendKeys("Lyon");
        // PrimeFaces redirects the AJAX request's failure to its error page, which must be reachable (not a 404).
        browser.waitForUrl("errors/expired.xhtml");
        String title = browser.find(By.id("errorTitle")).getText();
        assertTrue(title.equals("Page expirée") || title.equals("Page expired"), title);
        browser.open("network/sites.xhtml");
        assertTrue(browser.find(By.id("sitesForm:search")).isDisplayed(), "still signed in: the screen opens again");
    }

    @Test
    void aConcurrentEditIsRefusedWithAMessageAndNothingIsOverwritten() {
        Api api = Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD);
        String code = "E" + RUN;
        JsonObject created = api.post("api/sites", "{\"code\":\"" + code + "\",\"name\":\"Avant\",\"kind\":\"STORE\",\"orgUnitCode\":\"IDF-PAR\"}").json();
        long id = created.getJsonNumber("id").longValue();

        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("network/site.xhtml?id=" + id);
        browser.click(By.id("siteTabs:siteForm:edit"));
        browser.type(By.id("siteTabs:siteForm:name"), "Écrit dans le navigateur");

        long version = created.getJsonNumber("version").longValue();
        assertEquals(200, api.put("api/sites/" + id + "?version=" + version,
                "{\"name\":\"Écrit par un collègue\",\"kind\":\"STORE\",\"orgUnitCode\":\"IDF-PAR\"}").status());

        browser.click(By.id("siteTabs:siteForm:save"));
        // The conflict's own message, not any error: someone else saved first, nothing of this page was written.
        assertEquals("Quelqu'un d'autre a enregistré ce site depuis que vous l'avez ouvert : vos modifications n'ont pas été"
                + " enregistrées. Rechargez pour voir sa version.", browser.find(By.cssSelector("#messages .ui-messages-error-summary")).getText());
        browser.screenshot("site-conflict");
        assertEquals("Écrit par un collègue", api.get("api/sites/" + id).json().getString("name"));
    }

    @Test
    void anAdministratorCreatesAUserWithTheDialogAndSeesFieldErrorsFirst() {
        browser.signIn("admin", TerrainDeployment.DEMO_PASSWORD);
        browser.open("admin/users.xhtml");
        browser.click(By.id("users:newUser"));
        String username = "dlg" + RUN.toLowerCase();
        browser.type(By.id("userForm:username"), username);
        browser.type(By.id("userForm:password"), "short");
        browser.click(By.id("userForm:saveUser"));
        browser.waitForText(By.id("userForm"), "12");
        browser.screenshot("user-dialog-errors");

        browser.type(By.id("userForm:displayName"), "Dialogue Test");
        browser.driver.findElement(By.cssSelector("label[for='userForm:roles:1']")).click();
        browser.type(By.id("userForm:password"), "a-long-enough-password");
        browser.find(By.id("userForm:password")).sendKeys(Keys.ENTER);
        browser.waitForText(By.id("users:userTable"), username);
        JsonObject user = Api.as(base, "admin", TerrainDeployment.DEMO_PASSWORD).get("api/users?search=" + username)
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("PROGRAM_MANAGER", user.getJsonArray("roles").getString(0));
        assertEquals(200, Api.as(base, username, "a-long-enough-password").get("api/users/me").status());
    }

    @Test
    void choosingARegionInTheTreeFiltersTheListAndShowsItsLineManager() {
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("network/sites.xhtml");
        browser.click(By.xpath("//span[contains(@class,'ui-treenode-label')][normalize-space()='Grand Ouest']"));
        browser.waitForText(By.id("unitName"), "Grand Ouest");
        browser.waitForAjax();
        String rows = browser.find(By.id("sitesForm:sites_data")).getText();
        assertTrue(rows.contains("Grand Ouest") && !rows.contains("Île-de-France"), rows);
        String report = browser.find(By.cssSelector(".ui-paginator-current")).getText();
        Api api = Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD);
        long regionId = api.get("api/org-units").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("code").equals("OUE")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        int inRegion = api.get("api/sites?limit=1&regionId=" + regionId).json().getInt("total");
        assertTrue(inRegion >= 40 && report.endsWith("/ " + inRegion), report + " vs " + inRegion);

        browser.click(By.id("sitesForm:editUnit"));
        String manager = "Yann Le Goff " + RUN;
        browser.type(By.id("unitForm:managerName"), manager);
        browser.type(By.id("unitForm:managerEmail"), "yann.legoff@example.com");
        browser.click(By.id("unitForm:saveUnit"));
        browser.waitForText(By.id("unitManager"), manager);
        browser.screenshot("tree-region-manager");
        JsonObject region = Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD).get("api/org-units").jsonArray().stream()
                .map(v -> v.asJsonObject()).filter(u -> u.getString("code").equals("OUE")).findFirst().orElseThrow();
        assertEquals(manager, region.getString("managerName"));
    }

    @Test
    void aSiteKpiIsChartedBesideItsSectorRegionAndNetwork() {
        browser.signIn("executive", TerrainDeployment.DEMO_PASSWORD);
        long id = Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD).get("api/sites?q=s0001").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        browser.open("network/site.xhtml?id=" + id);
        browser.click(By.cssSelector("#siteTabs a[href='#siteTabs\\:kpiTab']"));
        assertTrue(browser.find(By.cssSelector("#siteTabs\\:kpiForm\\:chart canvas")).isDisplayed());
        String header = browser.find(By.id("siteTabs:kpiForm:values_head")).getText();
        assertTrue(header.contains("Secteur Paris") && header.contains("Île-de-France") && header.contains("Réseau France"), header);
        String firstRow = browser.find(By.cssSelector("#siteTabs\\:kpiForm\\:values_data > tr")).getText();
        assertTrue(firstRow.matches("(?s)\\d{4}-\\d{2}-\\d{2}.*\\d.*"), firstRow);
        // The demo catalogue sets a wait-time target of 5 min: the page says so and the chart draws it.
        assertEquals("Cible : 5", browser.find(By.id("siteTabs:kpiForm:target")).getText().replace('\u00a0', ' '));
        assertEquals(0, browser.driver.findElements(By.id("siteTabs:kpiForm:place")).size(), "a site's page stays on the site");
        browser.screenshot("kpi-tab-site");

        browser.open("indicators/chart.xhtml?scope=SITE&key=" + id);
        browser.find(By.cssSelector("#chartForm\\:chart canvas"));
        assertTrue(browser.find(By.id("chartForm:values_head")).getText().contains("Secteur Paris"));
        browser.screenshot("kpi-chart-site");
    }

    @Test
    void measurementsAreCheckedThenImportedThroughTheScreen() throws IOException {
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("indicators/import.xhtml");
        browser.driver.findElement(By.cssSelector("label[for='importForm:mode:1']")).click();
        browser.waitForAjax();
        browser.driver.findElement(By.id("importForm:file_input")).sendKeys(csv("measures-" + RUN + ".csv",
                "site_code,kpi_code,period_start,value\nS0010,CSAT,2033-05-02,4.5\nS0011,CSAT,2033-05-02,4.1\nS0012,CSAT,2033-05-03,4\n").toString());
        browser.find(By.id("rowsCount"));
        browser.waitForAjax();
        assertTrue(browser.find(By.id("rejectedCount")).getText().startsWith("1"));
        assertTrue(browser.find(By.id("importForm:problems_data")).getText().contains("2033-05-03"));
        browser.screenshot("measurements-checked");
        browser.click(By.id("importForm:apply"));
        browser.waitForText(By.id("importForm:writtenCount"), "2");
        Api api = Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD);
        long site = api.get("api/sites?q=s0011").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(4.1, api.get("api/indicators/series?kpi=CSAT&scope=SITE&key=" + site + "&from=2033-05-02&to=2033-05-02")
                .jsonArray().getJsonObject(0).getJsonNumber("value").doubleValue(), 1e-9);
    }

    @Test
    void theKpiCatalogueListsTheSeededKpis() {
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("indicators/kpis.xhtml");
        String table = browser.find(By.id("kpis:kpiTable_data")).getText();
        for (String code : java.util.List.of("WAIT_TIME", "CONVERSION", "CSAT", "NPS", "ENPS", "FCR", "SALES_PER_VISIT", "STAFF_FTE")) {
            assertTrue(table.contains(code), code + " missing from " + table);
        }
        assertTrue(table.contains("Plus c'est bas, mieux c'est"), table);
    }

    @Test
    void theSiteListWorksAtPhoneSize() {
        try (Browser phone = Browser.open(base, 375, 812)) {
            phone.signIn("executive", TerrainDeployment.DEMO_PASSWORD);
            phone.open("network/sites.xhtml");
            phone.find(By.id("sitesForm:sites_data"));
            phone.screenshot("sites-phone");
            assertTrue(phone.driver.findElements(By.id("sitesForm:newSite")).isEmpty(), "executives read, they do not create");
            Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) phone.driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth <= 400, "page is " + scrollWidth + " px wide at 375 px");
            // The menu folds behind one button on a phone, and opens whole.
            long barHeight = (Long) phone.script("return Math.round(document.querySelector('.t-topbar').getBoundingClientRect().height);");
            assertTrue(barHeight <= 70, "the folded menu bar is " + barHeight + " px high");
            assertFalse(phone.driver.findElement(By.id("shell:menuWaves")).isDisplayed(), "folded, the menu hides its entries");
            phone.click(By.id("menuToggle"));
            assertTrue(phone.find(By.id("shell:menuWaves")).isDisplayed(), "open, the menu shows its entries");
            phone.screenshot("menu-phone-open");
        }
    }

    @Test
    void theCoachScreensShowTheRosterTheWorkloadAndACoachsOwnProfile() {
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("coaches/roster.xhtml");
        assertTrue(browser.find(By.id("roster:coachTable")).getText().contains("Directrice de magasin"), "the demo coach is on the roster");
        browser.open("coaches/planning.xhtml");
        assertTrue(browser.find(By.id("coverageForm:coverageTable")).getText().contains("Île-de-France"));
        assertTrue(browser.find(By.id("workloadForm:workloadTable")).getText().contains("au-delà de la capacité"),
                "the demo week with three visit days against two is flagged");
        browser.screenshot("coach-planning");
        browser.open("coaches/visits.xhtml");
        browser.find(By.id("visitsForm:actionTable"));
        browser.driver.manage().deleteAllCookies();
        browser.signIn("coach", TerrainDeployment.DEMO_PASSWORD);
        browser.open("coaches/roster.xhtml");
        assertTrue(browser.find(By.id("myProfile")).getText().contains("Mon profil de coach"));
        assertTrue(browser.driver.findElements(By.id("roster:coachTable")).isEmpty(), "a coach does not see the roster");
        browser.open("coaches/calendar.xhtml");
        browser.find(By.cssSelector("#calendarForm\\:schedule .fc-event"));
        assertTrue(browser.driver.findElements(By.cssSelector("#calendarForm\\:schedule .fc-event")).size() >= 1,
                "the coach's planned visits of this week are on their calendar");
        browser.screenshot("coach-calendar");

        // #15 item 4: a click on a slot opens the dialog with no site chosen; saved in this demo week (three visit days
        // against a capacity of two) the visit is kept, the planner is warned, and the audit trail has it.
        browser.click(By.cssSelector("#calendarForm\\:schedule td.fc-timegrid-slot-lane[data-time='16:00:00']"));
        assertEquals("—", browser.find(By.id("visitForm:siteId_label")).getText(), "no site is chosen for the planner");
        browser.click(By.id("visitForm:saveVisit"));
        browser.waitForText(By.id("visitForm"), "est obligatoire");
        String firstSite = (String) browser.script("return document.getElementById('visitForm:siteId_input').options[1].value;");
        browser.select("visitForm:siteId", firstSite);
        browser.click(By.id("visitForm:saveVisit"));
        browser.waitForText(By.id("messages"), "au-delà de sa capacité de 2 jours");
        browser.screenshot("coach-calendar-over-capacity");
        JsonObject planned = Api.as(base, "admin", TerrainDeployment.DEMO_PASSWORD).get("api/audit?entityType=Visit&username=coach&limit=200")
                .json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("action").equals("PLAN") && e.getString("details").contains(" site " + firstSite + " ")
                        && e.getString("details").endsWith(" 16:00")).findFirst().orElseThrow(() -> new AssertionError("the planned visit is in the audit trail"));
        // Kept as a message too, so that a French reader reads it in French.
        assertEquals("audit.detail.visitPlanned", planned.getJsonObject("message").getString("key"), planned.toString());
        assertEquals(firstSite, planned.getJsonObject("message").getJsonArray("args").getString(1), planned.toString());
        browser.open("coaches/planning.xhtml");
        assertEquals("Accès refusé", browser.find(By.id("errorTitle")).getText(), "the planning is the managers'");

        // #15 item 7: the audit trail reads in the reader's language (the demo administrator's is English) — the kind of
        // thing and the action named, not coded — at the programme's time.
        browser.driver.manage().deleteAllCookies();
        browser.signIn("admin", TerrainDeployment.DEMO_PASSWORD);
        browser.open("admin/audit.xhtml");
        browser.select("audit:entityType", "Visit");
        browser.waitForText(By.id("audit:auditTable"), "Planned");
        String firstRow = browser.find(By.cssSelector("#audit\\:auditTable_data > tr")).getText();
        assertTrue(firstRow.contains("Visit") && firstRow.contains("Planned") && firstRow.contains("coach") && !firstRow.contains("PLAN"),
                firstRow);
    }

    /**
     * A manager starts a plan from the published demo package over the whole network, adds its first
     * wave in the dialog, moves a site into it from the lazy site list, runs a proposal and accepts
     * it, launches the first wave at its gate; the demo plan's impact tab draws its event study and
     * reads its verdict — all under the Content-Security-Policy.
     */
    @Test
    void aManagerBuildsARolloutPlanRunsAndAcceptsAProposalLaunchesWaveOneAndReadsTheImpact() {
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.cspViolations();
        Api manager = Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD);
        long packageId = DemoLookup.demoPackageId(base);
        browser.open("waves/plans.xhtml");
        browser.click(By.id("plans:newPlan"));
        browser.select("planForm:packageId", String.valueOf(packageId));
        browser.type(By.id("planForm:name"), "Plan écran " + RUN);
        browser.click(By.id("planForm:createPlan"));
        browser.waitForUrl("waves/plan.xhtml?id=");
        assertTrue(browser.find(By.id("planName")).getText().contains("Plan écran " + RUN));
        assertTrue(browser.find(By.id("tabs:wavesForm:noWaves")).isDisplayed(), "an empty plan says what to do");

        browser.click(By.id("tabs:wavesForm:newWave"));
        browser.find(By.id("tabs:waveForm:code"));
        browser.click(By.id("tabs:waveForm:saveWave"));
        browser.waitForAjax();
        assertEquals(1, browser.driver.findElements(By.cssSelector("#tabs\\:wavesForm\\:timeline .t-timeline-row:not(.t-load-row)")).size());
        assertTrue(browser.find(By.id("tabs:wavesForm:loadStrip")).isDisplayed(), "the coaches' load under the waves");
        assertTrue(browser.find(By.id("tabs:wavesForm:waveTable")).getText().contains("V1"));

        browser.click(By.cssSelector("#tabs a[href='#tabs\\:sitesTab']"));
        browser.find(By.id("tabs:sitesForm:siteTable"));
        browser.waitForAjax();
        browser.click(By.id("tabs:sitesForm:siteTable:0:move"));
        browser.find(By.id("tabs:moveForm:waveId"));
        String waveId = (String) browser.script("return document.getElementById('tabs:moveForm:waveId_input').options[1].value;");
        browser.select("tabs:moveForm:waveId", waveId);
        browser.click(By.id("tabs:moveForm:confirmMove"));
        browser.waitForAjax();
        assertTrue(browser.find(By.id("tabs:sitesForm:siteTable:0:move")).isDisplayed());
        assertTrue(browser.find(By.id("tabs:sitesForm:siteTable_data")).getText().contains("V1"),
                browser.find(By.id("tabs:sitesForm:siteTable_data")).getText());

        // The planning engine: a proposal searched for 3 seconds, accepted; the first wave launched at its gate.
        browser.click(By.cssSelector("#tabs a[href='#tabs\\:proposalTab']"));
        browser.find(By.id("tabs:proposalForm:timeLimitSeconds_input"));
        // p:inputNumber keeps its own value: set through its widget (typing after a clear appends to it).
        browser.script("PrimeFaces.getWidgetById('tabs:proposalForm:timeLimitSeconds').setValue(3);"
                + "PrimeFaces.getWidgetById('tabs:proposalForm:waves').setValue(2);");
        browser.click(By.id("tabs:proposalForm:runProposal"));
        // The manager's edit before accepting: the whole region in the proposal's first wave.
        browser.find(By.id("tabs:proposalForm:editUnit"));
        String regionOption = (String) browser.script("return document.getElementById('tabs:proposalForm:editUnit_input').options[1].value;");
        browser.select("tabs:proposalForm:editUnit", regionOption);
        browser.select("tabs:proposalForm:editWave", "0");
        browser.click(By.id("tabs:proposalForm:addEdit"));
        browser.find(By.id("tabs:proposalForm:editList"));
        browser.click(By.id("tabs:proposalForm:acceptProposal"));
        browser.waitForAjax();
        browser.waitForText(By.id("proposalStatus"), "Acceptée");
        long planId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject regionSites = manager.get("api/waves/plans/" + planId + "/sites?limit=500&region=" + regionOption).json();
        assertTrue(regionSites.getInt("total") > 0);
        assertEquals(1, regionSites.getJsonArray("items").stream().map(s -> s.asJsonObject().getString("waveCode", "-")).distinct().count(),
                "the edit put the region's sites in one wave: " + regionSites);
        assertTrue(browser.find(By.id("tabs:proposalForm:breakdown")).getText().contains("Capacité des coachs"));
        browser.click(By.cssSelector("#tabs a[href='#tabs\\:wavesTab']"));
        browser.click(By.id("tabs:wavesForm:waveTable:0:gate"));
        browser.type(By.id("tabs:gateForm:rationale"), "Coachs formés, premiers sites prêts");
        browser.click(By.id("tabs:gateForm:decide"));
        browser.waitForAjax();
        browser.waitForText(By.id("tabs:wavesForm:waveTable"), "Démarrée");

        long demoPlan = manager.get("api/waves/plans").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("name").startsWith("Déploiement national")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        browser.open("waves/plan.xhtml?id=" + demoPlan);
        browser.click(By.cssSelector("#tabs a[href='#tabs\\:impactTab']"));
        assertTrue(browser.find(By.cssSelector("#tabs\\:impactForm\\:eventStudy canvas")).isDisplayed());
        assertEquals("amélioré", browser.find(By.id("tabs:impactForm:verdict")).getText(), "the demo effect lowers wait times");
        browser.screenshot("waves-impact");
        assertEquals(List.of(), browser.cspViolations());
    }

    /**
     * The demo line manager opens the demo plan (theirs: their region is in its third wave), finds the requests already
     * made, asks for their region to go earlier; the program manager answers on the same tab: wave 2's coaches cannot
     * take the region's sites (said in the dialog, nothing moved), so the request is declined with a reason.
     */
    @Test
    void aLineManagerAsksToGoEarlierAndTheProgramManagerAnswersOnTheEngagementTab() {
        Api manager = Api.as(base, "manager", TerrainDeployment.DEMO_PASSWORD);
        long demoPlan = manager.get("api/waves/plans").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("name").startsWith("Déploiement national")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        int before = manager.get("api/waves/plans/" + demoPlan + "/pull-requests").jsonArray().size();
        long elsewhere = manager.get("api/org-units").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("level").equals("REGION") && (!u.containsKey("managerUserId") || u.isNull("managerUserId"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(201, manager.post("api/waves/plans", "{\"name\":\"Ailleurs " + RUN + "\",\"packageId\":" + DemoLookup.demoPackageId(base)
                + ",\"orgUnitIds\":[" + elsewhere + "]}").status());
        browser.signIn("linemanager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("waves/plans.xhtml");
        String plans = browser.find(By.id("plans:planTable_data")).getText();
        assertTrue(plans.contains("40 dans une vague · 40 sites"), "the demo plan counted over their region, not the network: " + plans);
        assertFalse(plans.contains("Ailleurs " + RUN), "a plan over another region is not theirs");
        assertTrue(browser.driver.findElements(By.id("shell:menuCampaigns")).isEmpty(), "no diagnostics for them");
        assertEquals(1, browser.driver.findElements(By.id("shell:menuWaves")).size(), "the rollout is theirs");
        browser.open("waves/plan.xhtml?id=" + demoPlan);
        assertTrue(browser.driver.findElements(By.cssSelector("#tabs a[href='#tabs\\:proposalTab']")).isEmpty(), "no proposal for them");
        browser.click(By.cssSelector("#tabs a[href='#tabs\\:engagementTab']"));
        browser.find(By.id("tabs:pullForm:requests"));
        assertEquals(before, browser.driver.findElements(By.cssSelector("#tabs\\:pullForm\\:requests_data tr[data-ri]")).size());
        String region = (String) browser.script("return document.getElementById('tabs:pullForm:pullUnit_input').options[1].value;");
        browser.select("tabs:pullForm:pullUnit", region);
        browser.setDate("tabs:pullForm:wishedGoLive", java.time.LocalDate.now().plusWeeks(4));
        browser.type(By.id("tabs:pullForm:pullReason"), "Directeurs prêts " + RUN);
        browser.click(By.id("tabs:pullForm:askEarlier"));
        browser.waitForText(By.id("tabs:pullForm:requests"), "Directeurs prêts " + RUN);
        browser.screenshot("waves-pull-request-line-manager");
        assertEquals(List.of(), browser.cspViolations());

        browser.reset();
        browser.signIn("manager", TerrainDeployment.DEMO_PASSWORD);
        browser.open("waves/plan.xhtml?id=" + demoPlan);
        browser.click(By.cssSelector("#tabs a[href='#tabs\\:engagementTab']"));
        browser.click(By.id("tabs:pullForm:requests:0:answer"));
        browser.find(By.id("tabs:answerForm:waveId"));
        String wave2 = manager.get("api/waves/plans/" + demoPlan + "/waves").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(w -> w.getString("code").equals("V2")).findFirst().orElseThrow().getJsonNumber("id").toString();
        browser.select("tabs:answerForm:waveId", wave2);
        browser.click(By.id("tabs:answerForm:acceptPull"));
        browser.waitForText(By.id("tabs:answerForm"), "Ajoutez d'abord des coachs");
        browser.type(By.id("tabs:answerForm:answerReason"), "Vague 2 complète");
        browser.click(By.id("tabs:answerForm:declinePull"));
        browser.waitForText(By.id("tabs:pullForm:requests"), "Vague 2 complète");
        browser.screenshot("waves-pull-request-answered");
        assertEquals("DECLINED", manager.get("api/waves/plans/" + demoPlan + "/pull-requests").jsonArray().getJsonObject(0).getString("status"));
    }
}
