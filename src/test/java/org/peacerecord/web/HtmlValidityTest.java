package org.peacerecord.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacerecord.support.HtmlValidator;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendered pages are valid HTML5 (Nu Html Checker), in both languages, error pages included: served
 * by a real server so that errors go through the container's error dispatch as in production.
 */
@PostgresTest
class HtmlValidityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?lang=ja", "/timeline", "/timeline?kind=MILESTONE&lang=ja", "/trainings",
            "/trainings?region=asia-pacific&lang=ja", "/no-such-page", "/trainings?year=abc", "/missions",
            "/missions/UNTAC", "/missions/UNMIT?lang=ja", "/themes", "/themes/conduct", "/people", "/contributions",
            "/contributions?kind=FINANCIAL&lang=ja", "/statement", "/statement?lang=ja", "/search?q=timor",
            "/search?q=%E6%98%8E%E7%9F%B3&lang=ja", "/login", "/login?lang=ja",
            "/initiatives", "/initiatives?kind=REQUEST&lang=ja", "/timeline?kind=COURSE", "/api", "/ja/api",
            "/trainings?country=404", "/missions?country=626", "/ja/"})
    void pagesAreValidHtml(String url) throws Exception {
        assertValid(url);
    }

    @Test
    void recordPagesAreValidHtml() throws Exception {
        assertValid("/people/" + jdbc.queryForObject("SELECT MIN(id) FROM person WHERE in_memoriam", Long.class));
        assertValid("/contributions/" + jdbc.queryForObject("SELECT id FROM contribution WHERE ref = 'contrib-tpp-funding'", Long.class));
        assertValid("/trainings/" + jdbc.queryForObject("SELECT MIN(id) FROM training WHERE provenance = 'PUBLIC_RECORD'", Long.class));
        assertValid("/trainings/" + jdbc.queryForObject("SELECT id FROM training WHERE ref = 'training-cpm-remote-2021'", Long.class) + "?lang=ja");
        assertValid("/initiatives/" + jdbc.queryForObject("SELECT id FROM initiative WHERE ref = 'initiative-telemedicine'", Long.class));
        assertValid("/milestones/" + jdbc.queryForObject("SELECT MIN(id) FROM milestone WHERE contribution_id IS NOT NULL", Long.class));
        assertValid("/milestones/" + jdbc.queryForObject("SELECT MAX(id) FROM milestone", Long.class) + "?lang=ja");
        assertValid("/figures/" + jdbc.queryForObject("SELECT MIN(id) FROM key_figure", Long.class));
        assertValid("/history?record=MISSION-" + jdbc.queryForObject("SELECT MIN(id) FROM mission", Long.class));
        assertValid("/figures/" + jdbc.queryForObject("SELECT MAX(id) FROM key_figure", Long.class) + "?lang=ja");
        assertValid("/initiatives/" + jdbc.queryForObject("SELECT id FROM initiative WHERE ref = 'initiative-medical-rescue-chain'", Long.class) + "?lang=ja");
    }

    private void assertValid(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(HtmlValidator.errors(response.body())).as(url).isEmpty();
    }
}
