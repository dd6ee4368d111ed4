package org.peacerecord.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.admin.AdminFixtures.page;
import static org.peacerecord.admin.AdminFixtures.postForm;
import static org.peacerecord.admin.AdminFixtures.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Markup saved in any text field of any record (and of its citations) is shown as text on every page that shows
 * it: the admin list, edit, history, delete and conflict pages, and the public overview.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredXssTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    /** The free-text fields of each type (the others are codes, numbers, dates or choices, which refuse markup). */
    static final Map<String, List<String>> TEXT_FIELDS = Map.of(
            "missions", List.of("name", "description"),
            "contributions", List.of("title", "description"),
            "trainings", List.of("title", "location", "datesAsReported", "traineesAsReported",
                    "traineeOrigin", "partners", "description", "notes"),
            "themes", List.of("name", "nameJa", "description"),
            "people", List.of("name", "nameJa", "role", "organisation", "memorialNote", "description"),
            "milestones", List.of("title", "description", "datesAsReported", "location", "partners", "notes"),
            "figures", List.of("label", "labelJa", "unit"),
            "regions", List.of("name", "nameJa"),
            "initiatives", List.of("title", "description"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    AdminFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(mvc, jdbc);
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    List<AdminFixtures.Type> types() {
        return AdminFixtures.types(jdbc);
    }

    @ParameterizedTest
    @MethodSource("types")
    void markupInEveryTextFieldIsEscapedOnEveryAdminPage(AdminFixtures.Type type) throws Exception {
        String unique = unique();
        MultiValueMap<String, String> form = withPayloads(type, unique, SCRIPT);
        long id = fixtures.create(type, form);
        assertThat(jdbc.queryForObject("SELECT " + RecordAdminFlowTest.snake(type.editField()) + " FROM " + type.table()
                + " WHERE id = ?", String.class, id)).contains(SCRIPT);

        // an edit swaps the payloads, so that the history shows both, old and new
        MultiValueMap<String, String> edited = withPayloads(type, unique, IMG);
        edited.set("version", "0");
        mvc.perform(postForm("/admin/" + type.path() + "/" + id, edited));

        String base = "/admin/" + type.path();
        assertEscaped(body(page(base + "?q=" + unique)));
        assertEscaped(body(page(base + "/" + id + "/edit")));
        assertEscaped(body(page(base + "/" + id + "/history")));
        assertNoMarkup(body(page(base + "/" + id + "/delete"))); // shows the label only, which is not free text for all types
        // an invalid form shows the input it keeps escaped too
        MultiValueMap<String, String> invalid = withPayloads(type, unique, SCRIPT);
        invalid.add("sources[1].url", "not a url");
        assertEscaped(body(postForm(base, invalid)));
        // and so does the conflict page (version 0 is stale now)
        assertEscaped(body(postForm(base + "/" + id, withVersion(withPayloads(type, unique, SCRIPT), "0"))));
    }

    @Test
    void markupInAKeyFigureIsEscapedOnTheOverview() throws Exception {
        AdminFixtures.Type figures = types().get(6);
        MultiValueMap<String, String> form = withPayloads(figures, unique(), SCRIPT);
        fixtures.create(figures, form);
        String overview = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertEscaped(overview);
        assertThat(overview).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private MultiValueMap<String, String> withPayloads(AdminFixtures.Type type, String unique, String payload) {
        MultiValueMap<String, String> form = type.validForm().apply(unique);
        for (String field : TEXT_FIELDS.get(type.path())) {
            // the record's label field keeps the unique marker so that the list can find it
            form.set(field, (field.equals(type.labelField()) ? unique + " " : "") + payload);
        }
        form.set("passages[0].number", "27");
        form.set("passages[0].summary", payload);
        form.set("sources[0].title", payload);
        form.set("sources[0].url", "https://example.org/xss");
        form.set("sources[0].published", payload);
        form.set("sources[0].summary", payload);
        return form;
    }

    private static MultiValueMap<String, String> withVersion(MultiValueMap<String, String> form, String version) {
        form.set("version", version);
        return form;
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static void assertNoMarkup(String html) {
        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img src=x").doesNotContain("onerror=alert(1)>");
    }

    private static void assertEscaped(String html) {
        assertNoMarkup(html);
        assertThat(html).containsAnyOf("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    }
}
