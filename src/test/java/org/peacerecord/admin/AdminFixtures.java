package org.peacerecord.admin;

import org.jsoup.Jsoup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Builds admin requests and test records. Records get unique names and are removed after each test (their
 * audit rows stay: history is append-only), so tests do not depend on each other or on the seed's contents.
 */
class AdminFixtures {

    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

    /** One record type as the admin edits it: a valid form for a new record, and the field a test edits. */
    record Type(String path, String table, String labelField, String editField,
                Function<String, MultiValueMap<String, String>> validForm) {

        @Override
        public String toString() {
            return path;
        }
    }

    static List<Type> types(JdbcTemplate jdbc) {
        long globalRegion = jdbc.queryForObject("SELECT id FROM region WHERE code = 'global'", Long.class);
        long theme = jdbc.queryForObject("SELECT MIN(id) FROM a4p_theme", Long.class);
        return List.of(
                new Type("missions", "mission", "acronym", "name", unique -> form(
                        "acronym", "T" + unique.toUpperCase(Locale.ROOT), "name", "Test mission " + unique, "kind", "OFFICE",
                        "countries", "728",
                        "start.year", "2020", "passages[0].number", "27")),
                new Type("contributions", "contribution", "title", "title", unique -> form(
                        "kind", "FINANCIAL", "title", "Test contribution " + unique, "amount.amount", "90000000.50",
                        "amount.currency", "USD", "amount.qualifier", "APPROXIMATELY", "themeIds", String.valueOf(theme),
                        "passages[0].number", "41")),
                new Type("trainings", "training", "title", "title", unique -> form(
                        "title", "Test training " + unique, "provenance", "STATEMENT", "programme", "TPP",
                        "discipline", "ENGINEERING", "regionId", String.valueOf(globalRegion), "trainees.value", "30",
                        "countries", "404", "countries", "800",
                        "trainees.qualifier", "PLANNED", "passages[0].number", "44")),
                new Type("themes", "a4p_theme", "name", "name", unique -> form(
                        "code", "t-" + unique, "name", "Test theme " + unique, "sortOrder", "99",
                        "sources[0].title", "A4P Declaration", "sources[0].url", "https://peacekeeping.un.org/en/action-for-peacekeeping-a4p")),
                new Type("people", "person", "name", "name", unique -> form(
                        "name", "Test person " + unique, "role", "Engineer", "passages[0].number", "28")),
                new Type("milestones", "milestone", "title", "title", unique -> form(
                        "title", "Test milestone " + unique, "provenance", "STATEMENT", "occurred.year", "2020",
                        "occurred.month", "5", "passages[0].number", "30")),
                new Type("figures", "key_figure", "label", "label", unique -> form(
                        "code", "t-" + unique, "label", "Test figure " + unique, "value", "42", "qualifier", "MORE_THAN",
                        "asOf.year", "2022", "asOf.month", "5", "asOf.day", "19", "passages[0].number", "12")),
                new Type("regions", "region", "name", "name", unique -> form(
                        "code", "t-" + unique, "name", "Test region " + unique, "parentId", String.valueOf(globalRegion),
                        "sources[0].title", "UN M49", "sources[0].url", "https://unstats.un.org/unsd/methodology/m49/")),
                new Type("initiatives", "initiative", "title", "title", unique -> form(
                        "kind", "REQUEST", "title", "Test request " + unique, "addressee", "JAPAN",
                        "start.year", "2021", "missionIds", String.valueOf(jdbc.queryForObject(
                                "SELECT id FROM mission WHERE acronym = 'UNMISS'", Long.class)),
                        "passages[0].number", "72")));
    }

    static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static MockHttpServletRequestBuilder postForm(String url, MultiValueMap<String, String> form) {
        return post(url).with(EDITOR).with(csrf()).params(form);
    }

    static MockHttpServletRequestBuilder page(String url) {
        return get(url).with(EDITOR);
    }

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final Deque<String[]> created = new ArrayDeque<>();

    AdminFixtures(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** Creates a record through the admin form and returns its id (removed again by {@link #cleanUp()}). */
    long create(Type type, MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(postForm("/admin/" + type.path(), form)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("created %s (%s)", type.path(), result.getResponse().getContentAsString().length())
                .matches("/admin/" + type.path() + "/\\d+/edit");
        long id = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
        track(type.table(), id);
        return id;
    }

    /** The confirmation the page after a POST's redirect shows (the flash message rendered by the layout). */
    String flashShownAfter(MvcResult post) throws Exception {
        // The flash message waits in the session (Spring Session's, in the database): follow with its cookie.
        MvcResult next = mvc.perform(page(post.getResponse().getRedirectedUrl())
                        .cookie(post.getResponse().getCookie("SESSION")))
                .andReturn();
        return Jsoup.parse(next.getResponse().getContentAsString()).select("main > .alert").text();
    }

    void track(String table, long id) {
        created.push(new String[]{table, String.valueOf(id)});
    }

    long version(String table, long id) {
        return jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class, id);
    }

    /** Deletes what the test created, newest first (citations and theme links go with their records). */
    void cleanUp() {
        while (!created.isEmpty()) {
            String[] record = created.pop();
            jdbc.update("DELETE FROM " + record[0] + " WHERE id = ?", Long.parseLong(record[1]));
        }
    }
}
