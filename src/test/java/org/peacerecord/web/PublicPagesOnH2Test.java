package org.peacerecord.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacerecord.support.EmbeddedDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages and the search are portable: on the embedded H2 default (same context as
 * EmbeddedDefaultSmokeTest) every page renders and the search finds the seed case- and accent-insensitively.
 */
@EmbeddedDatabaseTest
class PublicPagesOnH2Test {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/missions?sort=start", "/missions/untac", "/themes", "/themes/wps", "/people?page=2",
            "/contributions?kind=FINANCIAL&theme=partnerships&sort=-start", "/statement", "/statement.csv",
            "/missions.json", "/contributions.csv?mission=UNMISS", "/people.json", "/themes.csv",
            "/initiatives?kind=UN_INITIATIVE&mission=UNMISS", "/initiatives.json", "/timeline?kind=INITIATIVE",
            "/timeline.csv?kind=COURSE", "/trainings?country=404&year=2019", "/missions?country=626", "/",
            "/api/v1/trainings?country=404"})
    void everyPublicPageRendersOnH2(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void searchTextIsFilledAndMatchedOnH2() throws Exception {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM passage WHERE search_text IS NULL", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training WHERE search_text IS NULL", Integer.class)).isZero();

        Document page = Jsoup.parse(get("/search?q=" + URLEncoder.encode("TIMOR-LESTE", StandardCharsets.UTF_8)).body());
        assertThat(page.select("#results-mission a").eachAttr("href")).contains("/missions/UNMIT");
        assertThat(get("/search?q=%25").statusCode()).isEqualTo(200);

        // A two-character Japanese term: matched by its characters too (SearchCharacters' portable form on H2)
        Document japan = Jsoup.parse(get("/search?q=" + URLEncoder.encode("日本", StandardCharsets.UTF_8)).body());
        assertThat(japan.select("#results-milestone a").eachText())
                .contains("Japan enacts the International Peace Cooperation Law");
        Document reversed = Jsoup.parse(get("/search?q=" + URLEncoder.encode("本日", StandardCharsets.UTF_8)).body());
        assertThat(reversed.select("#results-milestone a")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
