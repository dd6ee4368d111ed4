package org.peacerecord.contribution;

import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.mission.Mission;
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
 * A download runs the same number of SQL statements for a few records and for more than a thousand: the themes and
 * sources of its rows are read in one statement each, not one per thousand rows.
 */
@PostgresTest
class ContributionDownloadStatementsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRecords records;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Mission mission;

    @AfterEach
    void tearDown() {
        if (mission != null) {
            List<Long> ids = jdbc.queryForList("SELECT id FROM contribution WHERE mission_id = ?", Long.class,
                    mission.getId());
            for (String table : List.of("contribution_citation", "contribution_theme")) {
                jdbc.update("DELETE FROM " + table + " WHERE contribution_id IN (SELECT id FROM contribution"
                        + " WHERE mission_id = ?)", mission.getId());
            }
            jdbc.update("DELETE FROM contribution WHERE mission_id = ?", mission.getId());
            assertThat(ids).isNotEmpty();
        }
        records.deleteCreated();
    }

    @Test
    void theStatementsOfADownloadDoNotGrowWithItsRows() throws Exception {
        String token = TestRecords.unique();
        mission = records.mission(token, "Mission " + token);
        insert(3);
        String url = "/contributions.csv?mission=" + token;
        QueryCounter counter = new QueryCounter(entityManagerFactory);
        long few = counter.count(() -> mvc.perform(get(url)).andExpect(status().isOk()));

        insert(1_100);
        MvcResult[] result = new MvcResult[1];
        long many = counter.count(() -> result[0] = mvc.perform(get(url)).andExpect(status().isOk()).andReturn());

        assertThat(many).isEqualTo(few);
        List<CSVRecord> rows = csvRecords(result[0]);
        assertThat(rows).hasSize(1_103).allSatisfy(row -> {
            assertThat(row.get("themes")).isEqualTo("wps");
            assertThat(row.get("sources")).isEqualTo("statement#p41");
        });
    }

    /** Contributions of the mission, each with a theme and a cited passage, written by SQL (fast). */
    private void insert(int count) {
        long passage = jdbc.queryForObject("SELECT id FROM passage WHERE number = 41", Long.class);
        long theme = jdbc.queryForObject("SELECT id FROM a4p_theme WHERE code = 'wps'", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[]{"EXPERTISE", "Bulk " + mission.getAcronym() + " " + i, mission.getId()});
        }
        jdbc.batchUpdate("INSERT INTO contribution (kind, title, mission_id) VALUES (?, ?, ?)", rows);
        jdbc.update("""
                INSERT INTO contribution_theme (contribution_id, theme_id)
                SELECT c.id, ? FROM contribution c WHERE c.mission_id = ?
                AND NOT EXISTS (SELECT 1 FROM contribution_theme t WHERE t.contribution_id = c.id)""",
                theme, mission.getId());
        jdbc.update("""
                INSERT INTO contribution_citation (contribution_id, position, passage_id)
                SELECT c.id, 0, ? FROM contribution c WHERE c.mission_id = ?
                AND NOT EXISTS (SELECT 1 FROM contribution_citation x WHERE x.contribution_id = c.id)""",
                passage, mission.getId());
    }
}
