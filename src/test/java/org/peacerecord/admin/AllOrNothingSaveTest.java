package org.peacerecord.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.admin.form.PassageCitationInput;
import org.peacerecord.admin.form.SourceCitationInput;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.admin.ContributionForm;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peacerecord.admin.AdminFixtures.unique;

/**
 * A save is one transaction: the record, its theme links and its citations are written together or not at all.
 * Here the database refuses a citation (too long for its column: the form would have refused it, the service
 * is called directly) after the record's row and its theme links were already updated in that transaction.
 */
@PostgresTest
class AllOrNothingSaveTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordEditingService service;

    @Autowired
    EditorRegistry admins;

    AdminFixtures fixtures;
    AdminFixtures.Type contributions;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(mvc, jdbc);
        contributions = AdminFixtures.types(jdbc).get(1);
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void aFailureAfterTheRecordAndItsThemesWereWrittenLeavesNothingHalfSaved() throws Exception {
        MultiValueMap<String, String> created = contributions.validForm().apply(unique());
        created.add("sources[0].title", "A source");
        created.add("sources[0].url", "https://example.org/source");
        long id = fixtures.create(contributions, created);
        Map<String, Object> before = snapshot(id);
        int revisionsBefore = revisions(id);

        RecordEditor<Contribution, ContributionForm> admin = contributionAdmin();
        ContributionForm form = service.form(admin, id);
        form.setTitle("Changed title");
        long otherTheme = jdbc.queryForObject("SELECT MAX(id) FROM a4p_theme", Long.class);
        form.setThemeIds(Set.of(otherTheme));
        form.getPassages().set(0, new PassageCitationInput(42, "ok"));
        SourceCitationInput tooLong = new SourceCitationInput();
        tooLong.setTitle("Another source");
        tooLong.setUrl("https://example.org/other");
        tooLong.setSummary("x".repeat(1001));
        form.getSources().add(tooLong);

        // the statement refused is the citation's insert, which runs after the record's update and its theme links
        assertThatThrownBy(() -> service.update(admin, id, form)).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("contribution_citation");

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(revisions(id)).isEqualTo(revisionsBefore);
    }

    @Test
    void aFailedCreateLeavesNoRecordBehind() throws Exception {
        RecordEditor<Contribution, ContributionForm> admin = contributionAdmin();
        String title = "Never saved " + unique();
        ContributionForm form = admin.newForm();
        form.setKind(org.peacerecord.contribution.ContributionKind.POLICY);
        form.setTitle(title);
        form.setThemeIds(Set.of(jdbc.queryForObject("SELECT MIN(id) FROM a4p_theme", Long.class)));
        form.getPassages().add(new PassageCitationInput(27, "x".repeat(1001)));

        assertThatThrownBy(() -> service.create(admin, form)).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contribution WHERE title = ?", Integer.class, title)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contribution_aud WHERE title = ?", Integer.class, title)).isZero();
    }

    private Map<String, Object> snapshot(long id) {
        Map<String, Object> row = new java.util.LinkedHashMap<>(
                jdbc.queryForMap("SELECT title, version, updated_at FROM contribution WHERE id = ?", id));
        List<Long> themes = jdbc.queryForList("SELECT theme_id FROM contribution_theme WHERE contribution_id = ? ORDER BY theme_id",
                Long.class, id);
        List<Map<String, Object>> citations = jdbc.queryForList(
                "SELECT position, passage_id, source_title, source_url, summary FROM contribution_citation"
                        + " WHERE contribution_id = ? ORDER BY position", id);
        row.put("themes", themes);
        row.put("citations", citations);
        return row;
    }

    private int revisions(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contribution_aud WHERE id = ?", Integer.class, id);
    }

    @SuppressWarnings("unchecked")
    private RecordEditor<Contribution, ContributionForm> contributionAdmin() {
        return (RecordEditor<Contribution, ContributionForm>) admins.all().stream()
                .filter(admin -> admin.path().equals("contributions")).findFirst().orElseThrow();
    }
}
