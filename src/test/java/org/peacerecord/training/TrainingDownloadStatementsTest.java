package org.peacerecord.training;

import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.Pages.csvRecords;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A download of more trainings than one batch of its cursor (rows are read and written a batch at a time, the
 * persistence context emptied in between) runs the same statements as one of a few trainings, and every row still
 * has its themes, citations and countries (read beside the trainings, not as their loaded collections).
 */
@PostgresTest
class TrainingDownloadStatementsTest {

    private static final String YEAR = "2087";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    String token;

    @AfterEach
    void tearDown() {
        if (token != null) {
            String mine = "SELECT id FROM training WHERE title LIKE '" + token + "%'";
            for (String table : List.of("training_citation", "training_theme", "training_country")) {
                jdbc.update("DELETE FROM " + table + " WHERE training_id IN (" + mine + ")");
            }
            assertThat(jdbc.update("DELETE FROM training WHERE title LIKE ?", token + "%")).isPositive();
        }
    }

    @Test
    void theStatementsOfADownloadDoNotGrowWithItsRowsAndEveryRowKeepsItsCollections() throws Exception {
        token = "Bulk " + TestRecords.unique();
        insert(3);
        String url = "/trainings.csv?year=" + YEAR;
        QueryCounter counter = new QueryCounter(entityManagerFactory);
        long few = counter.count(() -> mvc.perform(get(url)).andExpect(status().isOk()));

        insert(1_200);
        MvcResult[] result = new MvcResult[1];
        long many = counter.count(() -> result[0] = mvc.perform(get(url)).andExpect(status().isOk()).andReturn());

        assertThat(many).isEqualTo(few);
        List<CSVRecord> rows = csvRecords(result[0]);
        assertThat(rows).hasSize(1_203).allSatisfy(row -> {
            assertThat(row.get("title")).startsWith(token);
            assertThat(row.get("themes")).isEqualTo("wps; conduct");
            assertThat(row.get("citation")).isEqualTo("statement#p53; https://example.org/source");
            assertThat(row.get("country_codes")).isEqualTo("384; 710");
            assertThat(row.get("region")).isEqualTo("southern-africa");
        });
        assertThat(rows.stream().map(row -> row.get("id")).distinct()).hasSize(1_203);
    }

    /** Trainings of the year, each with two themes, a passage and a URL cited, two countries: written by SQL (fast). */
    private void insert(int count) {
        long region = jdbc.queryForObject("SELECT id FROM region WHERE code = 'southern-africa'", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[]{token + " " + i + "-" + count, region});
        }
        jdbc.batchUpdate("""
                INSERT INTO training (provenance, programme, title, discipline, region_id, start_date, start_precision)
                VALUES ('STATEMENT', 'TPP', ?, 'ENGINEERING', ?, DATE '""" + YEAR + "-01-01', 'YEAR')", rows);
        String fresh = "FROM training t WHERE t.title LIKE '" + token + "%' AND NOT EXISTS (SELECT 1 FROM training_theme x"
                + " WHERE x.training_id = t.id)";
        jdbc.update("INSERT INTO training_country (training_id, country_code) SELECT t.id, '710' " + fresh);
        jdbc.update("INSERT INTO training_country (training_id, country_code) SELECT t.id, '384' " + fresh);
        jdbc.update("""
                INSERT INTO training_citation (training_id, position, source_title, source_url)
                SELECT t.id, 1, 'Source', 'https://example.org/source'\s""" + fresh);
        jdbc.update("INSERT INTO training_citation (training_id, position, passage_id) SELECT t.id, 0,"
                + " (SELECT id FROM passage WHERE number = 53) " + fresh);
        jdbc.update("INSERT INTO training_theme (training_id, theme_id) SELECT t.id, th.id FROM training t"
                + " JOIN a4p_theme th ON th.code IN ('conduct', 'wps') WHERE t.title LIKE '" + token + "%'"
                + " AND NOT EXISTS (SELECT 1 FROM training_theme x WHERE x.training_id = t.id)");
    }
}
