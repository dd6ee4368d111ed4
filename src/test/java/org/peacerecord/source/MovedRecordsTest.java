package org.peacerecord.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
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
 * People cite record addresses: a record merged into another answers 301 to it, a removed one 410 with the reason,
 * one that never existed 404. Through the real servlet container, as a citing reader's browser meets them.
 */
@PostgresTest
class MovedRecordsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTelemedicineTrainingRedirectsToTheInitiativeItWasMergedInto() throws Exception {
        long oldId = jdbc.queryForObject("SELECT record_id FROM moved_record WHERE record_type = 'TRAINING'"
                + " AND target_type = 'INITIATIVE'", Long.class);
        long initiative = jdbc.queryForObject("SELECT id FROM initiative WHERE ref = 'initiative-telemedicine'", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training WHERE id = ?", Integer.class, oldId)).isZero();

        HttpResponse<String> response = get("/trainings/" + oldId);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/initiatives/" + initiative);
        assertThat(get("/initiatives/" + initiative).statusCode()).isEqualTo(200);
    }

    @Test
    void aRemovedRecordIsGoneWithTheReasonInTheReadersLanguage() throws Exception {
        long id = 987_654_321L;
        jdbc.update("INSERT INTO moved_record (record_type, record_id, reason) VALUES ('CONTRIBUTION', ?, ?)", id,
                "Removed from the public-record data set");
        try {
            HttpResponse<String> response = get("/contributions/" + id + "?lang=ja");

            assertThat(response.statusCode()).isEqualTo(410);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).isEqualTo("この記録は削除されました");
            assertThat(page.text()).contains("Removed from the public-record data set");
            assertThat(response.body()).doesNotContain("Exception", "at org.");
        } finally {
            jdbc.update("DELETE FROM moved_record WHERE record_id = ?", id);
        }
    }

    @Test
    void aRecordMergedIntoOneThatWasRemovedSinceIsGone() throws Exception {
        long id = 987_654_322L;
        jdbc.update("INSERT INTO moved_record (record_type, record_id, target_type, target_id, reason)"
                + " VALUES ('TRAINING', ?, 'TRAINING', ?, 'Merged')", id, id + 1);
        try {
            assertThat(get("/trainings/" + id).statusCode()).isEqualTo(410);
        } finally {
            jdbc.update("DELETE FROM moved_record WHERE record_id = ?", id);
        }
    }

    @Test
    void aRecordThatNeverExistedIsNotFound() throws Exception {
        HttpResponse<String> response = get("/initiatives/987654323");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }
}
