package io.terrain.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded browser),
 * with the few waits Terrain's screens need. Tests take one with {@link #open} and give it back with
 * {@link #close}: the next test gets it reset rather than a new Chromium.
 */
final class Browser implements AutoCloseable {

    /** Chromiums a test has given back (close), waiting for the next one: starting one costs seconds of processor time. */
    private static final Deque<Browser> IDLE = new ConcurrentLinkedDeque<>();
    private static final Set<Browser> STARTED = ConcurrentHashMap.newKeySet();

    final WebDriver driver;
    private URL base;
    private final WebDriverWait wait;
    private Dimension size;
    /** Every origin this Chromium has been sent to, cleared at each reset. */
    private final Set<String> origins = new HashSet<>();

    /**
     * A browser for one test, at this address and window size: one given back by an earlier test, reset (signed out,
     * nothing stored, one blank tab), or a new one. {@link #close} gives it back; {@link #quitAll} ends them all.
     */
    static Browser open(URL base, int width, int height) {
        Browser idle = IDLE.poll();
        if (idle != null) {
            try {
                idle.base = base;
                idle.size = new Dimension(width, height);
                idle.origins.add(origin(base));
                idle.reset();
                return idle;
            } catch (org.openqa.selenium.WebDriverException broken) {
                // A browser a failed test left unusable: a new one instead.
                STARTED.remove(idle);
                idle.driver.quit();
            }
        }
        return new Browser(base, width, height);
    }

    static Browser open(URL base) {
        return open(base, 1366, 900);
    }

    /** Ends every Chromium the tests started: after the last test. */
    static void quitAll() {
        IDLE.clear();
        for (Browser browser : STARTED) {
            browser.driver.quit();
        }
        STARTED.clear();
    }

    private static String origin(URL base) {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private Browser(URL base, int width, int height) {
        this.base = base;
        this.size = new Dimension(width, height);
        this.origins.add(origin(base));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=fr-FR");
        // The browser console, read by tests that check no Content-Security-Policy violation happens.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        STARTED.add(this);
    }

    /**
     * Back to a browser nobody has used: one tab on a blank page, no cookie, no HTTP cache, nothing stored for the
     * origins it went to (service workers included), the network on, its size, the console read — each test begins
     * signed out with nothing left by the one before. Also how a test changes user within one browser.
     */
    void reset() {
        try {
            driver.switchTo().alert().dismiss();
        } catch (org.openqa.selenium.NoAlertPresentException nothingOpen) {
            // the usual case
        }
        java.util.List<String> tabs = new java.util.ArrayList<>(driver.getWindowHandles());
        for (String tab : tabs.subList(1, tabs.size())) {
            driver.switchTo().window(tab).close();
        }
        driver.switchTo().window(tabs.get(0));
        driver.get("about:blank");
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.deleteNetworkConditions();
        chrome.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        // Nothing served from an earlier test's HTTP cache either: the offline checks must see what the phone stored.
        chrome.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
        for (String origin : origins) {
            chrome.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", origin, "storageTypes", "all"));
        }
        driver.manage().window().setSize(size);
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
    }


    void open(String path) {
        driver.get(base.toString() + path);
    }

    void signIn(String username, String password) {
        open("login.xhtml");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        click(By.id("loginForm:signIn"));
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Waits for the text; on a timeout keeps a picture of the screen (target/screenshots/timeout-*.png) to see why. */
    void waitForText(By by, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    /** Waits until PrimeFaces has no AJAX request in flight. */
    void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Sets a p:datePicker through its widget, as picking the day in its calendar does (typing into
     * the masked input appends to what is there, and Escape would close a dialog around it).
     */
    void setDate(String clientId, java.time.LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                clientId, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Chooses an option of a p:selectOneMenu by its value through its widget, then fires the change
     * a click fires (the widget's selectValue alone is silent, so p:ajax listeners would not run).
     */
    void select(String clientId, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]); w.triggerChange();", clientId, value);
        waitForAjax();
    }

    /** Console messages since the last call that report a Content-Security-Policy violation. */
    java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    Object script(String javascript, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, args);
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Keeps a picture of the screen in target/screenshots, to look at what a person would see. */
    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Given back for the next test (see {@link #open}); {@link #quitAll} ends it. */
    @Override
    public void close() {
        IDLE.push(this);
    }
}
