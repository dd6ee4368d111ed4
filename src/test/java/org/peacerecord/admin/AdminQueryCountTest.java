package org.peacerecord.admin;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.admin.AdminFixtures.page;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admin pages run a small, fixed number of statements, however many rows, citations or references they show. */
@PostgresTest
class AdminQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void listsAndFormsRunABoundedNumberOfStatements() throws Exception {
        QueryCounter counter = new QueryCounter(entityManagerFactory);
        for (String type : new String[]{"trainings", "contributions", "missions", "people", "milestones", "regions",
                "themes", "figures"}) {
            long list = counter.count(() -> mvc.perform(page("/admin/" + type)).andExpect(status().isOk()));
            assertThat(list).as("%s list", type).isLessThanOrEqualTo(6);
        }
        long training = jdbc.queryForObject("SELECT t.id FROM training t ORDER BY (SELECT COUNT(*) FROM training_citation c"
                + " WHERE c.training_id = t.id) DESC, t.id LIMIT 1", Long.class);
        long edit = counter.count(() -> mvc.perform(page("/admin/trainings/" + training + "/edit")).andExpect(status().isOk()));
        assertThat(edit).isLessThanOrEqualTo(12);
    }
}
