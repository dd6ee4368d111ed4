package org.peacerecord;

import org.junit.jupiter.api.Test;
import org.peacerecord.support.EmbeddedDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default (no profile): H2 in PostgreSQL mode boots, every migration applies, the
 * mapping validates and the overview renders. In memory here so the run leaves nothing behind;
 * the default file URL differs only in where H2 keeps the data.
 */
@EmbeddedDatabaseTest
class EmbeddedDefaultSmokeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bootsOnH2WithAllMigrationsAndServesTheOverview() throws Exception {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM passage", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training WHERE provenance = 'PUBLIC_RECORD'", Integer.class))
                .isPositive();

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Peace Operations Record").contains("107,000");
    }
}
