package org.peacerecord;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.support.Browser;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestRecords;
import org.peacerecord.training.Training;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.TestRecords.unique;

/**
 * The reader's journey in a real browser (headless Chromium): filter trainings by region (htmx updates the
 * results in place and the address keeps the filter), open a training, read its source. Plus axe-core on the
 * public pages, a 360-pixel-wide screen, and the friendly error pages a real server renders.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingsAndTimelineBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRecords records;
    Browser browser;
    Training training;
    String title;

    @BeforeAll
    void start() {
        title = unique("Browser journey course");
        // Dated in the future so that it heads the newest-first list.
        training = records.training(title).region("southeast-asia").period(PartialDate.ofMonth(2099, 5), null)
                .citingPassage(53).save();
        browser = Browser.start(port);
    }

    @AfterAll
    void stop() {
        browser.quit();
        records.deleteCreated();
    }

    @AfterEach
    void restoreWindow() {
        browser.resize(1280, 900);
    }

    @Test
    void aReaderFiltersTrainingsByRegionOpensOneAndReadsItsSource() {
        browser.open("/trainings?lang=en");
        browser.script("window.journeyMarker = 'still the same page';");

        new Select(browser.find(By.id("filter-region"))).selectByValue("southeast-asia");

        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/trainings?region=southeast-asia"));
        browser.waitUntil(d -> !d.findElements(By.linkText(title)).isEmpty());
        // Updated in place by htmx: no page load happened.
        assertThat(browser.script("return window.journeyMarker")).isEqualTo("still the same page");
        List<WebElement> results = browser.findAll(By.cssSelector(".training-result"));
        assertThat(results).isNotEmpty().allSatisfy(result -> assertThat(result.getText()).contains("South-eastern Asia"));
        assertThat(new Select(browser.find(By.id("filter-region"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("southeast-asia");

        browser.submit(By.linkText(title));

        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.path()).isEqualTo("/trainings/" + training.getId());
        WebElement quote = browser.find(By.cssSelector("blockquote.citation"));
        assertThat(quote.getText()).contains("the TPP has expanded into a comprehensive programme");
        WebElement toStatement = browser.find(By.cssSelector(".citation-passage figcaption a"));
        assertThat(toStatement.getAttribute("href")).endsWith("/statement#p53");
    }

    @Test
    void withoutHtmxTheFormIsAPlainGetFormThatFilters() {
        browser.open("/trainings?lang=en");
        // A form htmx never saw: as a browser without JavaScript would submit it.
        browser.script("""
                const form = document.getElementById('training-filters');
                const plain = form.cloneNode(true);
                for (const name of plain.getAttributeNames()) {
                  if (name.startsWith('data-hx-')) plain.removeAttribute(name);
                }
                form.replaceWith(plain);
                window.journeyMarker = 'before submitting';""");

        new Select(browser.find(By.id("filter-region"))).selectByValue("southeast-asia");
        browser.submit(By.cssSelector("#training-filters button[type=submit]"));

        assertThat(browser.driver().getCurrentUrl()).contains("region=southeast-asia");
        assertThat(browser.script("return window.journeyMarker")).isNull();
        assertThat(browser.find(By.linkText(title)).isDisplayed()).isTrue();
        assertThat(browser.findAll(By.cssSelector(".training-result")))
                .allSatisfy(result -> assertThat(result.getText()).contains("South-eastern Asia"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?lang=en", "/timeline?lang=en", "/trainings?lang=en", "/trainings?lang=ja&region=southeast-asia",
            "/timeline?lang=ja&kind=TRAINING"})
    void publicPagesAreAccessible(String path) {
        browser.open(path);
        browser.assertAccessible();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theTrainingPageIsAccessible() {
        browser.open("/trainings/" + training.getId() + "?lang=en");
        browser.assertAccessible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/timeline", "/trainings", "/trainings/%d"})
    void pagesFitA360PixelWideScreen(String path) {
        browser.resize(360, 800);
        browser.open(String.format(path, training.getId()));
        Object width = browser.script("return window.innerWidth");
        Object overflow = browser.script(
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
                HttpRequest.newBuilder(URI.create(browser.url(path))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("<h1>" + heading).doesNotContain("Exception", "at org.", "Whitelabel");
    }


    @org.junit.jupiter.params.ParameterizedTest(name = "{0} px, {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1280, en", "1280, ja", "360, en", "360, ja"})
    void theDrawnTimelineIsAccessibleScrollsOnItsOwnAndEveryMarkIsAKeyboardLink(int width, String language) {
        browser.resize(width, 900);
        try {
            browser.open((language.equals("ja") ? "/ja" : "") + "/timeline?from=2014&to=2022");
            org.openqa.selenium.WebElement svg = browser.find(org.openqa.selenium.By.cssSelector("svg.timeline-svg"));
            assertThat(svg.isDisplayed()).isTrue();
            browser.assertAccessible();
            assertThat(browser.consoleErrors()).isEmpty();
            // the page never scrolls sideways; at 360 px the drawing does, inside its frame
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= "
                    + "document.documentElement.clientWidth")).isTrue();
            if (width == 360) {
                assertThat((Boolean) browser.script("const s = document.querySelector('.timeline-scroll');"
                        + " return s.scrollWidth > s.clientWidth")).isTrue();
            }
            // a mark takes the keyboard focus and Enter opens its record
            org.openqa.selenium.WebElement mark = browser.find(org.openqa.selenium.By.cssSelector("svg a.mark-milestone"));
            String href = mark.getDomAttribute("href");
            assertThat((Boolean) browser.script("arguments[0].focus(); return document.activeElement === arguments[0];",
                    mark)).isTrue();
            mark.sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitUntil(d -> java.net.URI.create(d.getCurrentUrl()).getPath().matches("(/ja)?/milestones/\\d+"));
            assertThat(href).contains("/milestones/");
            browser.assertAccessible();
        } finally {
            browser.resize(1280, 900);
        }
    }
}
