package org.peacerecord.web;

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
import org.peacerecord.overview.Navigation;
import org.peacerecord.support.Browser;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page shares, as a reader's browser renders it: the navigation fits on one line from 1024 px in both
 * languages, signed in or not, and collapses behind its toggle below; the stylesheet really applies (the chart's
 * series are told apart, its legend shows); the site icon is there; no page logs an error.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Navigation navigation;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void quitBrowser() {
        browser.quit();
    }

    @AfterEach
    void signOutAndResize() {
        browser.driver().manage().deleteAllCookies();
        browser.resize(1280, 900);
        accounts.deleteCreated();
    }

    @ParameterizedTest(name = "{0} px, {1}, signed in: {2}")
    @CsvSource({"1024, en, false", "1024, ja, false", "1024, en, true", "1024, ja, true", "1280, en, true",
            "1600, ja, true"})
    void theNavigationFitsOnOneLine(int width, String language, boolean signedIn) {
        if (signedIn) {
            String admin = accounts.create(Role.ADMIN);
            browser.signIn(admin, TestAccounts.PASSWORD, () -> accounts.code(admin));
        }
        browser.resize(width, 900);
        browser.open("/trainings?lang=" + language);

        assertThat(browser.find(By.cssSelector(".navbar-toggler")).isDisplayed()).isFalse();
        List<WebElement> sections = browser.findAll(By.cssSelector(".site-nav-sections .nav-link"));
        List<WebElement> tools = browser.findAll(By.cssSelector(".site-nav-tools .nav-link"));
        assertThat(sections).hasSize(navigation.sections().size()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(tools).hasSize(signedIn ? 3 : 1);
        for (List<WebElement> row : List.of(sections, tools)) {
            int top = row.get(0).getRect().getY();
            int height = row.get(0).getRect().getHeight();
            assertThat(row).as("one line").allSatisfy(link -> {
                assertThat(link.getRect().getY()).isEqualTo(top);
                assertThat(link.getRect().getHeight()).as("'%s' does not wrap", link.getText()).isEqualTo(height);
            });
        }
        Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 768, 991})
    void belowThatItCollapsesBehindItsToggle(int width) {
        browser.resize(width, 900);
        browser.open("/");

        WebElement toggle = browser.find(By.cssSelector(".navbar-toggler"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(browser.find(By.id("site-nav")).isDisplayed()).isFalse();
        assertThat(toggle.getRect().getY()).as("the toggle sits beside the brand")
                .isLessThan(browser.find(By.cssSelector(".navbar-brand")).getRect().getY() + 20);

        browser.click(toggle);
        browser.waitUntil(d -> d.findElement(By.cssSelector("#site-nav.show")).isDisplayed());
        assertThat(browser.findAll(By.cssSelector(".site-nav-sections .nav-link"))).allSatisfy(link ->
                assertThat(link.isDisplayed()).isTrue());
    }

    @Test
    void theStylesheetAppliesTheChartSeriesAreToldApartAndTheLegendShows() {
        browser.open("/");

        String first = (String) browser.script("return getComputedStyle(document.querySelector('.chart-series-0')).fill");
        String second = (String) browser.script("return getComputedStyle(document.querySelector('.chart-series-1')).fill");
        assertThat(first).isNotBlank().isNotEqualTo(second);
        assertThat(first).isNotEqualTo("rgb(0, 0, 0)");
        assertThat(second).isNotEqualTo("rgb(0, 0, 0)");
        for (WebElement swatch : browser.findAll(By.cssSelector(".chart-swatch"))) {
            assertThat(swatch.getRect().getWidth()).isPositive();
            assertThat(swatch.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        }
    }

    @Test
    void theSiteIconIsServed() throws Exception {
        browser.open("/");
        assertThat(browser.findAll(By.cssSelector("link[rel=icon]"))).extracting(link -> link.getAttribute("href"))
                .anySatisfy(href -> assertThat(href).endsWith(".svg"))
                .anySatisfy(href -> assertThat(href).endsWith(".ico"));
        for (String icon : List.of("/favicon.ico", "/favicon.svg")) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(browser.url(icon))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(icon).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
            assertThat(response.body()).isNotEmpty();
        }
    }

    @Test
    void noPageLogsAnError() {
        List<String> pages = List.of("/", "/timeline", "/contributions", "/contributions/1", "/trainings",
                "/trainings/1", "/missions", "/missions/UNTAC", "/themes", "/themes/wps", "/people", "/people/1",
                "/statement", "/search?q=timor", "/login", "/nope", "/trainings?lang=ja", "/milestones/1", "/figures/1",
                "/history?record=MISSION-1");
        for (String page : pages) {
            browser.open(page);
            assertThat(browser.consoleErrors()).as(page).allSatisfy(message ->
                    // the 404 page announces its own status; that is the page's purpose, not an error in it
                    assertThat(page.equals("/nope") && message.contains("404")).as(message).isTrue());
        }
        String admin = accounts.create(Role.ADMIN);
        browser.signIn(admin, TestAccounts.PASSWORD, () -> accounts.code(admin));
        for (String page : List.of("/admin", "/admin/missions", "/admin/missions/new", "/admin/trainings/1/edit", "/admin/countries",
                "/admin/trainings/1/history", "/admin/users", "/account/password", "/account/second-factor",
                "/account/sessions", "/admin/security-events")) {
            browser.open(page);
            assertThat(browser.consoleErrors()).as(page).isEmpty();
            if (page.startsWith("/account/") || page.equals("/admin/security-events")) {
                browser.assertAccessible();
            }
        }
    }
}
