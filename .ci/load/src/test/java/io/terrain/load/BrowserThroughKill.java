package io.terrain.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a real browser through nginx while .ci/faults kills an instance (#14): signed in once, they keep working
 * on the sites screen — a search typed (an AJAX postback carrying the view's state), the page opened again — every
 * two seconds for -Dseconds. Each step must end on the screen, still signed in, with its answer: never on the sign-in
 * page (a session lost with its instance) nor on an error page (a view state lost). Run by .ci/faults, not by a build:
 * {@code mvn test -Dtest=BrowserThroughKill -Dbase=http://127.0.0.1:28080/terrain -Dseconds=60 -Dout=file}.
 */
class BrowserThroughKill {

    @Test
    void aSignedInPersonStaysSignedInAndTheScreenKeepsWorkingWhileAnInstanceDies() throws IOException, InterruptedException {
        String base = System.getProperty("base").replaceAll("/?$", "/");
        long seconds = Long.parseLong(System.getProperty("seconds", "60"));
        List<String> problems = new ArrayList<>();
        int steps = 0;
        WebDriver driver = null;
        try {
            driver = browser();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            signIn(driver, wait, base);
            // .ci/faults starts its load and its clock to the kill once the person is at work (Maven and Chromium
            // take a while to start on a busy machine: a kill during the sign-in would test nothing).
            String ready = System.getProperty("ready");
            if (ready != null) {
                Files.writeString(Path.of(ready), "signed in\n");
            }
            long end = System.currentTimeMillis() + seconds * 1000;
            String[] searches = {"S01", "Agence", "S02", "Magasin"};
            boolean afterAFailedStep = false;
            while (System.currentTimeMillis() < end) {
                steps++;
                String search = searches[steps % searches.length];
                try {
                    if (steps % 5 == 0 || afterAFailedStep) {
                        driver.get(base + "network/sites.xhtml"); // a full page, from whichever instance nginx picks
                    }
                    var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sitesForm:search")));
                    field.clear();
                    field.sendKeys(search);
                    wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();").equals(Boolean.TRUE));
                    wait.until(d -> d.findElement(By.id("sitesForm:sites")).getText().contains(search));
                    afterAFailedStep = false;
                } catch (RuntimeException e) {
                    problems.add("step " + steps + " (" + search + ") at " + driver.getCurrentUrl() + ": "
                            + e.getClass().getSimpleName());
                    // As a person would: the page opened again, so that one failure is counted once, not at every step.
                    afterAFailedStep = true;
                }
                if (driver.getCurrentUrl().contains("login.xhtml")) {
                    problems.add("step " + steps + ": signed out (the sign-in page)");
                    break;
                }
                Thread.sleep(2000);
            }
        } catch (RuntimeException beforeTheSteps) {
            // Chromium that did not start or a sign-in that failed: said in the result, which is always written.
            problems.add("before the steps" + (driver == null ? "" : " at " + driver.getCurrentUrl()) + ": " + beforeTheSteps);
        } finally {
            if (driver != null) {
                driver.quit();
            }
            String out = System.getProperty("out");
            if (out != null) {
                Files.writeString(Path.of(out), result(steps, problems) + "\n");
            }
        }
        String result = result(steps, problems);
        // A step takes two seconds and its answer (a few under this load): one every ten seconds at least shows the
        // browser kept going through the kill, not that it stopped early.
        assertTrue(steps >= Math.max(3, seconds / 10), "the browser kept working: " + result);
        assertEquals(List.of(), problems, result);
    }

    private static String result(int steps, List<String> problems) {
        return steps + " steps, " + problems.size() + " failed" + (problems.isEmpty() ? "" : ": " + problems);
    }

    private static void signIn(WebDriver driver, WebDriverWait wait, String base) {
        driver.get(base + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username"))).sendKeys("manager");
        driver.findElement(By.id("loginForm:password")).sendKeys("terrain-demo");
        driver.findElement(By.id("loginForm:signIn")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        driver.get(base + "network/sites.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sitesForm:search")));
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--lang=fr-FR", "--window-size=1366,900");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }
}
