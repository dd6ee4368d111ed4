package org.peacerecord.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.HttpSession;
import org.peacerecord.support.Instances;
import org.peacerecord.support.TcpProxy;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.peacerecord.user.UserAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away (a TCP proxy in front of the test PostgreSQL is cut, as when the server stops) and comes
 * back: readers get the 503 page in their language within seconds, with Retry-After, never a 500; pages already in
 * the response cache are still served; an editor's save gets the 503 as the direct answer to the POST and nothing
 * is saved; readiness turns DOWN while liveness stays UP; and the application recovers without a restart.
 */
class DatabaseOutageTest {

    private static final String DATABASE = Instances.DATABASE_URL;

    private static TcpProxy proxy;
    private static ConfigurableApplicationContext app;
    private static int port;
    private static TestAccounts accounts;
    private static JdbcTemplate jdbc;
    private static String editor;

    @BeforeAll
    static void start() throws Exception {
        proxy = TcpProxy.infront(DATABASE);
        app = Instances.start("--peace-record.page-cache.enabled=true",
                "--spring.datasource.url=" + proxy.through(DATABASE), "--spring.datasource.hikari.maximum-pool-size=4");
        port = Instances.port(app);
        // The test's own look at the database goes around the proxy.
        jdbc = new JdbcTemplate(new DriverManagerDataSource(DATABASE, Instances.DATABASE_USER,
                Instances.DATABASE_PASSWORD));
        accounts = new TestAccounts(app.getBean(UserAccounts.class), jdbc, app.getBean(java.time.Clock.class));
        editor = accounts.create(Role.EDITOR);
    }

    @AfterEach
    void databaseBack() {
        proxy.restore();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            proxy.restore();
            accounts.deleteCreated();
            app.close();
        }
        proxy.close();
    }

    /** Signs in, trying again while the pool replaces connections a previous outage broke. */
    private static HttpResponse<String> signInWhenBack(HttpSession browser) {
        long started = System.nanoTime();
        while (true) {
            try {
                HttpResponse<String> response = browser.signIn(editor, TestAccounts.PASSWORD);
                if (response.statusCode() != 503 || (System.nanoTime() - started) / 1_000_000 > 15000) {
                    return response;
                }
            } catch (IllegalStateException notYet) {
                // the sign-in page itself answered 503
            }
        }
    }

    @Test
    void readersGetA503InTheirLanguageWithinSecondsAndTheApplicationRecoversByItself() {
        HttpSession reader = new HttpSession(port);
        assertThat(reader.get("/missions").statusCode()).isEqualTo(200);

        proxy.cut();

        long started = System.nanoTime();
        HttpResponse<String> page = reader.get("/people");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(tookMillis).as("waited no longer than the connection timeout").isLessThan(6000);
        assertThat(page.headers().firstValue("Retry-After")).hasValue(String.valueOf(ServiceUnavailable.RETRY_AFTER_SECONDS));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.body()).contains("<html lang=\"en\"", "The record is temporarily unavailable")
                .doesNotContain("Exception", "at org.", "Tomcat");

        HttpResponse<String> japanese = reader.get("/ja/people");
        assertThat(japanese.statusCode()).isEqualTo(503);
        assertThat(japanese.body()).contains("<html lang=\"ja\"", "一時的に利用できません");

        HttpResponse<String> download = reader.get("/contributions.csv");
        assertThat(download.statusCode()).isEqualTo(503);

        HttpResponse<String> fragment = reader.get("/trainings?region=asia", "HX-Request", "true");
        assertThat(fragment.statusCode()).as(fragment.headers().map() + "\n" + fragment.body()).isEqualTo(503);
        assertThat(fragment.body()).contains("The record is temporarily unavailable").doesNotContain("<html");

        HttpResponse<String> readiness = reader.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(reader.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        proxy.restore();

        long restored = System.nanoTime();
        while (reader.get("/people").statusCode() != 200) {
            assertThat((System.nanoTime() - restored) / 1_000_000).as("recovered without a restart").isLessThan(15000);
        }
        assertThat(reader.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesInTheResponseCacheAreStillServed() {
        HttpSession reader = new HttpSession(port);
        HttpResponse<String> before = reader.get("/timeline?theme=wps");
        assertThat(before.statusCode()).isEqualTo(200);

        proxy.cut();

        HttpResponse<String> during = reader.get("/timeline?theme=wps");
        assertThat(during.statusCode()).isEqualTo(200);
        assertThat(during.body()).isEqualTo(before.body());
    }

    @Test
    void anEditorSavingDuringTheOutageGetsThe503AsTheAnswerAndNothingIsSaved() {
        long missionId = jdbc.queryForObject("SELECT id FROM mission WHERE acronym = 'UNMISS'", Long.class);
        String name = jdbc.queryForObject("SELECT name FROM mission WHERE id = ?", String.class, missionId);
        HttpSession browser = new HttpSession(port);
        assertThat(signInWhenBack(browser).statusCode()).isEqualTo(302);
        HttpResponse<String> form = browser.get("/admin/missions/" + missionId + "/edit");
        assertThat(form.statusCode()).isEqualTo(200);
        String token = HttpSession.csrfToken(form.body());

        proxy.cut();

        HttpResponse<String> saved = browser.post("/admin/missions/" + missionId,
                Map.of("_csrf", token, "name", "Saved during the outage", "version", "0"));
        assertThat(saved.statusCode()).isEqualTo(503);
        assertThat(saved.headers().firstValue("Location")).as("no redirect: Back returns to the form").isEmpty();
        assertThat(saved.body()).contains("The record is temporarily unavailable");

        proxy.restore();

        assertThat(jdbc.queryForObject("SELECT name FROM mission WHERE id = ?", String.class, missionId))
                .isEqualTo(name);
        long restored = System.nanoTime();
        int status;
        while ((status = browser.get("/admin").statusCode()) == 503
                && (System.nanoTime() - restored) / 1_000_000 < 15000) {
            Thread.onSpinWait();
        }
        assertThat(status).as("the editor's session outlived the outage").isEqualTo(200);
    }

    /**
     * The same 503 page, in the reader's language, for a request that waited too long for its turn (web.RenderLimit):
     * it says the record is busy, not that its database is unreachable.
     */
    @Test
    void aRequestThatWaitedTooLongForItsTurnGetsTheBusyPageInItsLanguage() throws Exception {
        ServiceUnavailable page = app.getBean(ServiceUnavailable.class);
        MockHttpServletResponse english = new MockHttpServletResponse();
        page.busy(new MockHttpServletRequest("GET", "/statement"), english);
        MockHttpServletRequest japaneseRequest = new MockHttpServletRequest("GET", "/ja/statement");
        japaneseRequest.setAttribute(LocalePaths.PATH_LOCALE, java.util.Locale.JAPANESE);
        MockHttpServletResponse japanese = new MockHttpServletResponse();
        page.busy(japaneseRequest, japanese);

        for (MockHttpServletResponse answer : new MockHttpServletResponse[]{english, japanese}) {
            assertThat(answer.getStatus()).isEqualTo(503);
            assertThat(answer.getHeader("Retry-After")).isEqualTo(String.valueOf(ServiceUnavailable.RETRY_AFTER_SECONDS));
            assertThat(answer.getHeader("Cache-Control")).isEqualTo("no-store");
        }
        assertThat(english.getContentAsString()).contains("<h1>The record is busy just now</h1>", "lang=\"en\"")
                .doesNotContain("database");
        assertThat(japanese.getContentAsString()).contains("<h1>ただいま混み合っています</h1>", "lang=\"ja\"", "href=\"/ja/\"");
    }
}
