package org.peacerecord.admin;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionKind;
import org.peacerecord.source.Citation;
import org.peacerecord.source.SourceDocument;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.peacerecord.admin.AdminFixtures.page;
import static org.peacerecord.admin.AdminFixtures.postForm;
import static org.peacerecord.admin.AdminFixtures.unique;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every change is recorded (by whoever or whatever makes it) and the history page shows who changed what, from what to what. */
@PostgresTest
class RecordHistoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    TestRecords records;

    @Autowired
    TransactionTemplate transactions;

    AdminFixtures fixtures;
    AdminFixtures.Type missions;
    AdminFixtures.Type contributions;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(mvc, jdbc);
        missions = AdminFixtures.types(jdbc).get(0);
        contributions = AdminFixtures.types(jdbc).get(1);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        fixtures.cleanUp();
    }

    @Test
    void showsEachRevisionsAuthorAndChangedFieldsWithCitationsAndThemes() throws Exception {
        String unique = unique();
        MultiValueMap<String, String> form = contributions.validForm().apply(unique);
        long id = fixtures.create(contributions, form);
        String firstTheme = jdbc.queryForObject("SELECT name FROM a4p_theme WHERE id = ?", String.class,
                Long.parseLong(form.getFirst("themeIds")));
        long otherThemeId = jdbc.queryForObject("SELECT MAX(id) FROM a4p_theme", Long.class);
        String otherTheme = jdbc.queryForObject("SELECT name FROM a4p_theme WHERE id = ?", String.class, otherThemeId);

        form.set("version", "0");
        form.set("kind", "PERSONNEL");
        form.set("themeIds", String.valueOf(otherThemeId));
        form.set("passages[0].number", "42");
        long region = jdbc.queryForObject("SELECT id FROM region WHERE code = 'global'", Long.class);
        form.set("regionId", String.valueOf(region));
        form.add("passages[0].summary", "Staff officers");
        mvc.perform(postForm("/admin/contributions/" + id, form)).andExpect(status().is3xxRedirection());

        mvc.perform(page("/admin/contributions/" + id + "/history"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("History of contribution Test contribution " + unique),
                        containsString("by editor"),
                        containsString("<del>Financial</del>"), containsString("<ins>Personnel</ins>"),
                        containsString("<ins>Global</ins>"),
                        containsString("<ins>about USD 90,000,000.50</ins>"),
                        containsString("<del>− " + firstTheme + "</del>"), containsString("<ins>+ " + otherTheme + "</ins>"),
                        containsString("<del>− ¶41</del>"), containsString("<ins>+ ¶42 — Staff officers</ins>"),
                        containsString("Created"), containsString("Changed"),
                        not(containsString("came with the seed data")))));
        // newest first
        String body = mvc.perform(page("/admin/contributions/" + id + "/history")).andReturn().getResponse().getContentAsString();
        assertThat(body.indexOf("Changed")).isPositive().isLessThan(body.indexOf("Created"));
    }

    @Test
    void recordsFromTheSeedHaveNoHistoryUntilTheirFirstChange() throws Exception {
        // a record as the seed inserts it: plain SQL, no audit rows
        String acronym = "S" + unique().toUpperCase();
        jdbc.update("INSERT INTO mission (acronym, name, kind) VALUES (?, ?, 'OFFICE')", acronym, "Seeded " + acronym);
        long id = jdbc.queryForObject("SELECT id FROM mission WHERE acronym = ?", Long.class, acronym);
        fixtures.track("mission", id);
        jdbc.update("INSERT INTO mission_citation (mission_id, position, passage_id) VALUES (?, 0, "
                + "(SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = ? AND p.number = 27))",
                id, SourceDocument.STATEMENT_SLUG);

        mvc.perform(page("/admin/missions/" + id + "/history"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("came with the seed data"),
                        containsString("No change has been recorded yet."))));

        MultiValueMap<String, String> form = AdminFixtures.form("acronym", acronym, "name", "Edited " + acronym,
                "kind", "OFFICE", "passages[0].number", "27", "version", "0");
        mvc.perform(postForm("/admin/missions/" + id, form)).andExpect(status().is3xxRedirection());

        mvc.perform(page("/admin/missions/" + id + "/history"))
                .andExpect(content().string(allOf(containsString("came with the seed data"),
                        containsString("First recorded change"),
                        containsString("the values before it were not recorded"),
                        containsString("<ins>Edited " + acronym + "</ins>"),
                        containsString("by editor"))));
    }

    /** The themes are the one seed table with a baseline revision (V6__audit.sql), so theme links read right in history. */
    @Test
    void seededThemesStartWithTheMigrationsBaselineRevision() throws Exception {
        long theme = jdbc.queryForObject("SELECT MIN(id) FROM a4p_theme", Long.class);
        mvc.perform(page("/admin/themes/" + theme + "/history"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Created"), containsString("by system"))));
    }

    @Test
    void changesMadeOutsideTheFormsAreRecordedToo() {
        String acronym = "R" + unique().toUpperCase();
        long id = transactions.execute(tx -> {
            Mission mission = new Mission(acronym, "Saved outside the forms", MissionKind.OFFICE);
            mission.replaceCitations(List.of(Citation.ofPassage(records.passage(27))));
            em.persist(mission);
            return mission.getId();
        });
        fixtures.track("mission", id);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "importer", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        transactions.executeWithoutResult(tx -> em.find(Mission.class, id).setName("Renamed by importer"));

        assertThat(jdbc.queryForList("SELECT r.username FROM mission_aud a JOIN revinfo r ON r.id = a.rev"
                        + " WHERE a.id = ? ORDER BY a.rev", String.class, id))
                .containsExactly("system", "importer");
        assertThat(jdbc.queryForList("SELECT passage_id FROM mission_citation_aud WHERE mission_id = ? AND revtype = 0",
                Long.class, id)).hasSize(1);
    }
}
