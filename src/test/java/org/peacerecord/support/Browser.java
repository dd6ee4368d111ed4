package org.peacerecord.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser for the journey tests: headless Debian Chromium driven by its matching chromedriver, offline (no
 * Selenium Manager downloads), against the test server on {@code localhost}. No implicit waits: a test waits
 * explicitly ({@link #waitUntil}, {@link #submit}) for what it expects. Start one per test class and {@link #quit()}
 * it after.
 */
public final class Browser {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** The WCAG levels axe checks: every violation of these fails a test. */
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final int port;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    /** A browser for the test server on this port, 1280 × 900 pixels, in English unless a page says otherwise. */
    public static Browser start(int port) {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(new File(System.getProperty("chromium.binary", "/usr/bin/chromium")));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=en-GB",
                    "--disable-features=AutofillServerCommunication,PasswordManagerOnboarding",
                    // Bootstrap scrolls smoothly unless the reader prefers reduced motion: a click would land
                    // while the page is still scrolling to its target.
                    "--force-prefers-reduced-motion",
                    "--user-data-dir=" + profile.toAbsolutePath());
            // No password manager or autofill pop-ups over the forms under test.
            options.setExperimentalOption("prefs", Map.of(
                    "credentials_enable_service", false,
                    "profile.password_manager_enabled", false,
                    "autofill.profile_enabled", false,
                    "intl.accept_languages", "en-GB,en"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), port);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile directory", e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page of the test server ("/trainings?lang=ja"). */
    public Browser open(String path) {
        driver.get(url(path));
        return this;
    }

    /** The path of the current address ("/admin/missions"). */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Brings the element into view at once, then clicks it like a reader. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    public void click(By by) {
        clickFresh(by);
    }

    /**
     * Whether the element's page has been replaced. Chromium 156 sometimes reports a node of a replaced document as
     * "does not belong to the document" rather than as stale.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Finds and clicks; once more if Chromium answers that the node it just found "does not belong to the document"
     * (Chromium 156 sometimes replaces the DOM nodes of a form with password fields after typing into them).
     */
    private WebElement clickFresh(By by) {
        for (int attempt = 1; ; attempt++) {
            WebElement element = driver.findElement(by);
            try {
                click(element);
                return element;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    /** Clicks (a link or a submit button) and waits for the next page to replace this one. */
    public void submit(By by) {
        WebElement element = clickFresh(by);
        new WebDriverWait(driver, TIMEOUT).until(d -> isGone(element));
        // The old page is gone; wait until the next one (after any redirect) has loaded, so that what the test looks
        // for next is found in it and not in a document still being replaced.
        new WebDriverWait(driver, TIMEOUT).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition::apply);
    }

    /** Signs in through the real login page, as a person would, and waits for the page it leads to. */
    public void signIn(String username, String password) {
        if (!path().equals("/login") && !path().equals("/ja/login")) {
            open("/login");
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        submit(By.cssSelector("main form button[type=submit]"));
    }

    /** Signs in with the password and then the second factor's code, as a person with an authenticator app would. */
    public void signIn(String username, String password, java.util.function.Supplier<String> code) {
        signIn(username, password);
        if (path().endsWith("/login/second-factor")) {
            driver.findElement(By.id("code")).sendKeys(code.get());
            submit(By.cssSelector("main form button[type=submit]"));
        }
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Messages the page logged at error level since the last call (a failed load, a CSP violation, a script error). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** axe-core finds no violation of WCAG 2.1 A and AA on the current page (and did run). */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        assertThat(results.getPasses()).as("axe ran on %s", driver.getCurrentUrl()).isNotEmpty();
        assertThat(results.getViolations()).as(() -> "axe on " + driver.getCurrentUrl() + ": "
                + describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList())
                .collect(Collectors.joining("; "));
    }

    public void quit() {
        driver.quit();
    }
}
