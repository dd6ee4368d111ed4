package org.peacerecord.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.peacerecord.admin.AdminFixtures.page;
import static org.peacerecord.admin.AdminFixtures.postForm;
import static org.peacerecord.admin.AdminFixtures.unique;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Create, list, edit, history and delete through the admin pages, for every record type. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordAdminFlowTest {

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
    void createListEditHistoryAndDelete(AdminFixtures.Type type) throws Exception {
        String unique = unique();
        MultiValueMap<String, String> form = type.validForm().apply(unique);
        String label = form.getFirst(type.labelField());

        // create: POST, then redirect to the edit page with a confirmation (POST-redirect-GET)
        long id = fixtures.create(type, form);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM " + type.table() + " WHERE id = ?", id);
        assertThat(row.get(snake(type.labelField()))).isEqualTo(label);
        assertThat(row.get("version")).isEqualTo(0L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + citationTable(type) + " WHERE " + ownerColumn(type)
                + " = ?", Integer.class, id)).isEqualTo(1);

        // the list finds it by its name
        mvc.perform(page("/admin/" + type.path() + "?q=" + unique))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(label)))
                .andExpect(content().string(containsString("/admin/" + type.path() + "/" + id + "/edit")))
                .andExpect(content().string(containsString("/admin/" + type.path() + "/" + id + "/history")))
                .andExpect(content().string(containsString("/admin/" + type.path() + "/" + id + "/delete")));

        // the edit page shows the record, its version and its citation
        mvc.perform(page("/admin/" + type.path() + "/" + id + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + label + "\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        // edit: the new value is saved, the version moves on, the confirmation names the record
        String newValue = "Edited " + type.path() + " " + unique;
        form.set(type.editField(), newValue);
        form.set("version", "0");
        String savedLabel = type.labelField().equals(type.editField()) ? newValue : label;
        MvcResult saved = mvc.perform(postForm("/admin/" + type.path() + "/" + id, form))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/" + type.path() + "/" + id + "/edit"))
                .andReturn();
        assertThat(fixtures.flashShownAfter(saved)).contains(savedLabel).endsWith("saved.");
        assertThat(jdbc.queryForObject("SELECT " + snake(type.editField()) + " FROM " + type.table() + " WHERE id = ?",
                String.class, id)).isEqualTo(newValue);
        assertThat(fixtures.version(type.table(), id)).isEqualTo(1L);

        // history: created, then changed by the editor from the old value to the new one
        String oldValue = type.validForm().apply(unique).getFirst(type.editField());
        mvc.perform(page("/admin/" + type.path() + "/" + id + "/history"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Created")))
                .andExpect(content().string(containsString("Changed")))
                .andExpect(content().string(containsString("by editor")))
                .andExpect(content().string(containsString("<del>" + oldValue + "</del>")))
                .andExpect(content().string(containsString("<ins>" + newValue + "</ins>")));

        // delete: a confirmation page, then the record is gone
        mvc.perform(page("/admin/" + type.path() + "/" + id + "/delete"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/admin/" + type.path() + "/" + id + "/delete\"")));
        MvcResult deleted = mvc.perform(postForm("/admin/" + type.path() + "/" + id + "/delete",
                        new org.springframework.util.LinkedMultiValueMap<>()))
                .andExpect(redirectedUrl("/admin/" + type.path()))
                .andReturn();
        assertThat(fixtures.flashShownAfter(deleted)).endsWith("deleted.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + type.table() + " WHERE id = ?", Integer.class, id)).isZero();

        // the deleted record's history stays readable
        mvc.perform(page("/admin/" + type.path() + "/" + id + "/history"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deleted")));
        mvc.perform(page("/admin/" + type.path() + "/" + id + "/edit")).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @MethodSource("types")
    void unknownIdsAreNotFoundAndBadIdsAreBadRequests(AdminFixtures.Type type) throws Exception {
        for (String suffix : List.of("/edit", "/delete", "/history")) {
            mvc.perform(page("/admin/" + type.path() + "/999999999" + suffix)).andExpect(status().isNotFound());
            mvc.perform(page("/admin/" + type.path() + "/abc" + suffix)).andExpect(status().isBadRequest());
        }
        mvc.perform(postForm("/admin/" + type.path() + "/999999999/delete", new org.springframework.util.LinkedMultiValueMap<>()))
                .andExpect(status().isNotFound());
    }

    static String snake(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    static String citationTable(AdminFixtures.Type type) {
        return type.table() + "_citation";
    }

    static String ownerColumn(AdminFixtures.Type type) {
        return type.table() + "_id";
    }
}
