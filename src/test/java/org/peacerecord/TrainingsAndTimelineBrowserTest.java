package org.peacerecord;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.support.Browser;
import org.peacerecord.support.TestRecords;
import org.peacerecord.training.Training;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.TestRecords.unique;

/**
 * The reader's journey in a real browser (headless Chromium): filter trainings by region (htmx updates the
 * results in place and the address keeps the filter), open a training, read its source. Plus axe-core on the
 * public pages, a 360-pixel-wide screen, and the friendly error pages a real server renders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingsAndTimelineBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestRecords records;
    WebDriver driver;
    Training training;
    String title;

    @BeforeAll
    void start() {
        records = new TestRecords(context);
        title = unique("Browser journey course");
        // Dated in the future so that it heads the newest-first list.
        training = records.training(title).region("southeast-asia").period(PartialDate.ofMonth(2099, 5), null)
                .citingPassage(53).save();
        driver = Browser.start();
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        records.deleteAll();
    }

    @AfterEach
    void restoreWindow() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aReaderFiltersTrainingsByRegionOpensOneAndReadsItsSource() {
        driver.get(url("/trainings?lang=en"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.journeyMarker = 'still the same page';");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));

        new Select(driver.findElement(By.id("filter-region"))).selectByValue("southeast-asia");

        wait.until(d -> d.getCurrentUrl().endsWith("/trainings?region=southeast-asia"));
        wait.until(d -> !d.findElements(By.linkText(title)).isEmpty());
        // Updated in place by htmx: no page load happened.
        assertThat(js.executeScript("return window.journeyMarker")).isEqualTo("still the same page");
        List<WebElement> results = driver.findElements(By.cssSelector(".training-result"));
        assertThat(results).isNotEmpty().allSatisfy(result -> assertThat(result.getText()).contains("South-eastern Asia"));
        assertThat(new Select(driver.findElement(By.id("filter-region"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("southeast-asia");

        driver.findElement(By.linkText(title)).click();

        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals(title));
        assertThat(driver.getCurrentUrl()).endsWith("/trainings/" + training.getId());
        WebElement quote = driver.findElement(By.cssSelector("blockquote.citation"));
        assertThat(quote.getText()).contains("the TPP has expanded into a comprehensive programme");
        WebElement toStatement = driver.findElement(By.cssSelector(".citation-passage figcaption a"));
        assertThat(toStatement.getAttribute("href")).endsWith("/statement#p53");
    }

    @Test
    void withoutHtmxTheFormIsAPlainGetFormThatFilters() {
        driver.get(url("/trainings?lang=en"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // A form htmx never saw: as a browser without JavaScript would submit it.
        js.executeScript("""
                const form = document.getElementById('training-filters');
                const plain = form.cloneNode(true);
                for (const name of plain.getAttributeNames()) {
                  if (name.startsWith('data-hx-')) plain.removeAttribute(name);
                }
                form.replaceWith(plain);
                window.journeyMarker = 'before submitting';""");

        new Select(driver.findElement(By.id("filter-region"))).selectByValue("southeast-asia");
        driver.findElement(By.cssSelector("#training-filters button[type=submit]")).click();

        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("region=southeast-asia"));
        assertThat(js.executeScript("return window.journeyMarker")).isNull();
        assertThat(driver.findElement(By.linkText(title)).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".training-result")))
                .allSatisfy(result -> assertThat(result.getText()).contains("South-eastern Asia"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?lang=en", "/timeline?lang=en", "/trainings?lang=en", "/trainings?lang=ja&region=southeast-asia",
            "/timeline?lang=ja&kind=TRAINING"})
    void publicPagesHaveNoSeriousOrCriticalAccessibilityViolations(String path) {
        driver.get(url(path));
        assertNoSeriousViolations(path);
    }

    @Test
    void theTrainingPageHasNoSeriousOrCriticalAccessibilityViolations() {
        driver.get(url("/trainings/" + training.getId() + "?lang=en"));
        assertNoSeriousViolations("training detail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/timeline", "/trainings", "/trainings/%d"})
    void pagesFitA360PixelWideScreen(String path) {
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.get(url(String.format(path, training.getId())));
        Object width = ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(400);
        assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/trainings?year=abc, 400, We could not understand that request",
            "/trainings?region=%27%20OR%201%3D1--, 400, We could not understand that request",
            "/trainings.csv?page=99999999999, 400, We could not understand that request",
            "/timeline?kind=FOO, 400, We could not understand that request",
            "/timeline?from=2030&to=2020, 400, We could not understand that request",
            "/trainings/abc, 404, Page not found",
            "/trainings/999999999, 404, Page not found"})
    void badAddressesGetTheFriendlyErrorPageNeverAStackTrace(String path, int status, String heading) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("<h1>" + heading).doesNotContain("Exception", "at org.", "Whitelabel");
    }

    private void assertNoSeriousViolations(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as("axe violations on %s: %s", page, describe(serious)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
