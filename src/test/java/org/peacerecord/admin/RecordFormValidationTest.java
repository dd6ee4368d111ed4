package org.peacerecord.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.peacerecord.admin.AdminFixtures.form;
import static org.peacerecord.admin.AdminFixtures.page;
import static org.peacerecord.admin.AdminFixtures.postForm;
import static org.peacerecord.admin.AdminFixtures.unique;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms refuse what the record must not hold, say why next to each field and in a summary linking to the
 * fields, keep the editor's input, and never bind what a form does not have.
 */
@PostgresTest
class RecordFormValidationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    AdminFixtures fixtures;
    AdminFixtures.Type missions;
    AdminFixtures.Type contributions;
    AdminFixtures.Type trainings;
    AdminFixtures.Type regions;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(mvc, jdbc);
        var types = AdminFixtures.types(jdbc);
        missions = types.get(0);
        contributions = types.get(1);
        trainings = types.get(2);
        regions = types.get(7);
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void invalidInputIsExplainedFieldByFieldAndKept() throws Exception {
        String name = "Kept name " + unique();
        mvc.perform(postForm("/admin/missions", form("acronym", "bad acronym!", "name", "", "kind", "",
                        "description", name, "countries", "999", "start.year", "abc", "sources[0].url", "javascript:alert(1)",
                        "sources[0].title", "")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"error-summary\""),
                        containsString("href=\"#acronym\">Acronym: Use only letters, digits and hyphens.</a>"),
                        containsString("href=\"#name\">Name: Enter a value.</a>"),
                        containsString("href=\"#kind\">Kind: Choose a value.</a>"),
                        containsString("href=\"#start-year\">Start: Enter a whole number.</a>"),
                        containsString("href=\"#countries\">Countries: Choose countries from the list.</a>"),
                        containsString("href=\"#sources-0-url\">"),
                        containsString("Enter a full address starting with http:// or https://."),
                        containsString("href=\"#sources-0-title\">"),
                        containsString("Enter the title of the source."),
                        containsString("id=\"acronym-error\""),
                        containsString("aria-invalid=\"true\""))))
                // the editor's input is kept, even where it could not be converted
                .andExpect(content().string(allOf(
                        containsString("value=\"bad acronym!\""),
                        containsString(name + "</textarea>"),
                        containsString("value=\"abc\""),
                        containsString("value=\"javascript:alert(1)\""))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mission WHERE description = ?", Integer.class, name)).isZero();
    }

    @Test
    void theErrorSummaryFollowsTheOrderOfTheForm() throws Exception {
        String body = mvc.perform(postForm("/admin/missions", form("acronym", "", "name", "", "kind", "")))
                .andReturn().getResponse().getContentAsString();
        int acronym = body.indexOf("href=\"#acronym\"");
        int name = body.indexOf("href=\"#name\"");
        int kind = body.indexOf("href=\"#kind\"");
        int citations = body.indexOf("href=\"#passages\"");
        assertThat(acronym).isPositive().isLessThan(name);
        assertThat(name).isLessThan(kind);
        assertThat(kind).isLessThan(citations);
    }

    @Test
    void aRecordCannotBeSavedWithoutACitation() throws Exception {
        String unique = unique();
        MultiValueMap<String, String> form = missions.validForm().apply(unique);
        form.remove("passages[0].number");
        form.add("passages[0].number", "");
        form.add("sources[0].title", "");
        form.add("sources[0].url", "");
        mvc.perform(postForm("/admin/missions", form))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"#passages\">"),
                        containsString("Cite at least one passage of the statement or one external source."))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mission WHERE acronym = ?", Integer.class,
                form.getFirst("acronym"))).isZero();
    }

    @Test
    void messagesAndLabelsComeInJapaneseToo() throws Exception {
        mvc.perform(postForm("/admin/missions", form("acronym", "", "name", "", "kind", ""))
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("入力内容に問題があります"),
                        containsString("href=\"#acronym\">略称：入力してください。</a>"),
                        containsString("声明の段落または外部の出典を少なくとも一つ引用してください。"),
                        containsString("ミッションを追加"))));
        mvc.perform(page("/admin/missions/new").header("Accept-Language", "ja"))
                .andExpect(content().string(allOf(containsString(">保存<"), containsString("略称"), containsString("開始"),
                        containsString("段落を追加"), containsString("出典を追加"), containsString("1月"))));
        mvc.perform(page("/admin/missions/new").header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString(">Save<"), containsString("Acronym"),
                        containsString("Add a passage"), containsString("January"))));
    }

    @Test
    void datesAreStoredAtTheirPrecisionOnTheFirstDayOfThePeriod() throws Exception {
        MultiValueMap<String, String> form = missions.validForm().apply(unique());
        form.set("start.year", "2017");
        form.set("start.month", "3");
        form.set("start.day", "6");
        form.add("end.year", "2017");
        form.add("end.month", "3");
        long id = fixtures.create(missions, form);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM mission WHERE id = ?", id);
        assertThat(row.get("start_date").toString()).isEqualTo("2017-03-06");
        assertThat(row.get("start_precision")).isEqualTo("DAY");
        assertThat(row.get("end_date").toString()).isEqualTo("2017-03-01");
        assertThat(row.get("end_precision")).isEqualTo("MONTH");

        MultiValueMap<String, String> year = missions.validForm().apply(unique());
        year.set("start.year", "1992");
        long yearId = fixtures.create(missions, year);
        assertThat(jdbc.queryForMap("SELECT start_date, start_precision FROM mission WHERE id = ?", yearId))
                .containsEntry("start_precision", "YEAR")
                .satisfies(r -> assertThat(r.get("start_date").toString()).isEqualTo("1992-01-01"));
        // the edit page shows the date as stored: a year, a month, no day
        mvc.perform(page("/admin/missions/" + id + "/edit"))
                .andExpect(content().string(allOf(containsString("name=\"end.year\" value=\"2017\""),
                        containsString("name=\"end.day\" value=\"\""))));
    }

    @Test
    void impossibleDatesAndPeriodsAreRefused() throws Exception {
        mvc.perform(postForm("/admin/missions", with(missions, "start.year", "2021", "start.day", "15")))
                .andExpect(content().string(containsString("href=\"#start-month\">Start: Choose the month of this day.</a>")));
        mvc.perform(postForm("/admin/missions", with(missions, "start.year", "2021", "start.month", "2", "start.day", "30")))
                .andExpect(content().string(containsString("href=\"#start-day\">Start: This day does not exist in that month.</a>")));
        mvc.perform(postForm("/admin/missions", with(missions, "start.year", "1800")))
                .andExpect(content().string(containsString("Enter a year between 1900 and 2100.")));
        mvc.perform(postForm("/admin/missions", with(missions, "start.year", "", "start.month", "4")))
                .andExpect(content().string(containsString("href=\"#start-year\">Start: Enter the year.</a>")));
        mvc.perform(postForm("/admin/missions", with(missions, "start.year", "2019", "end.year", "2018")))
                .andExpect(content().string(containsString("href=\"#end\">End: The end cannot be before the start.</a>")));
        mvc.perform(postForm("/admin/milestones", form("title", "No date " + unique(), "provenance", "STATEMENT",
                        "passages[0].number", "30")))
                .andExpect(content().string(containsString("href=\"#occurred\">Date: Enter at least the year.</a>")));
    }

    @Test
    void moneyIsExactWithItsCurrencyAndQualifier() throws Exception {
        long id = fixtures.create(contributions, contributions.validForm().apply(unique()));
        Map<String, Object> row = jdbc.queryForMap("SELECT amount, amount_currency, amount_qualifier FROM contribution WHERE id = ?", id);
        assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("90000000.50");
        assertThat(row).containsEntry("amount_currency", "USD").containsEntry("amount_qualifier", "APPROXIMATELY");

        mvc.perform(postForm("/admin/contributions", with(contributions, "amount.currency", "")))
                .andExpect(content().string(containsString("href=\"#amount-currency\">Amount: Choose an ISO 4217 currency.</a>")));
        mvc.perform(postForm("/admin/contributions", with(contributions, "amount.currency", "ABC")))
                .andExpect(content().string(containsString("Choose an ISO 4217 currency.")));
        mvc.perform(postForm("/admin/contributions", with(contributions, "amount.amount", "1,000")))
                .andExpect(content().string(allOf(containsString("href=\"#amount-amount\">"),
                        containsString("Enter a number: digits only, with a point for decimals."),
                        containsString("value=\"1,000\""))));
        mvc.perform(postForm("/admin/contributions", with(contributions, "amount.amount", "1.234")))
                .andExpect(content().string(containsString("Use at most 17 digits and 2 decimals.")));
        mvc.perform(postForm("/admin/contributions", with(contributions, "amount.amount", "-5")))
                .andExpect(content().string(containsString("Enter zero or more.")));
    }

    @Test
    void quantitiesKeepTheirQualifier() throws Exception {
        long id = fixtures.create(trainings, trainings.validForm().apply(unique()));
        assertThat(jdbc.queryForMap("SELECT trainees, trainees_qualifier FROM training WHERE id = ?", id))
                .containsEntry("trainees", 30L).containsEntry("trainees_qualifier", "PLANNED");
        mvc.perform(postForm("/admin/trainings", with(trainings, "trainees.value", "-3")))
                .andExpect(content().string(containsString("href=\"#trainees-value\">Trainees: Enter zero or more.</a>")));
    }

    @Test
    void referencesMustExist() throws Exception {
        mvc.perform(postForm("/admin/contributions", with(contributions, "missionId", "999999999")))
                .andExpect(content().string(containsString("href=\"#missionId\">Mission: Choose one of the listed values.</a>")));
        mvc.perform(postForm("/admin/contributions", with(contributions, "themeIds", "999999999")))
                .andExpect(content().string(containsString("href=\"#themeIds\">A4P themes: Choose one of the listed values.</a>")));
        mvc.perform(postForm("/admin/contributions", with(contributions, "passages[0].number", "999")))
                .andExpect(content().string(containsString("The statement has no passage with this number.")));
        mvc.perform(postForm("/admin/contributions", with(contributions, "passages[0].number", "", "passages[0].summary", "a note")))
                .andExpect(content().string(containsString("href=\"#passages-0-number\">")));
        mvc.perform(postForm("/admin/contributions", with(contributions, "kind", "NOT_A_KIND")))
                .andExpect(content().string(containsString("href=\"#kind\">Kind: This value is not valid.</a>")));
    }

    @Test
    void uniqueKeysStayUnique() throws Exception {
        String existing = jdbc.queryForObject("SELECT acronym FROM mission ORDER BY id LIMIT 1", String.class);
        mvc.perform(postForm("/admin/missions", with(missions, "acronym", existing.toLowerCase())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#acronym\">Acronym: Another record already uses this value.</a>")));
    }

    @Test
    void aRegionCannotBeMovedUnderItselfOrItsSubRegions() throws Exception {
        String unique = unique();
        long parent = fixtures.create(regions, regions.validForm().apply(unique));
        MultiValueMap<String, String> child = regions.validForm().apply(unique + "c");
        child.set("parentId", String.valueOf(parent));
        long sub = fixtures.create(regions, child);

        MultiValueMap<String, String> form = regions.validForm().apply(unique);
        form.set("version", "0");
        form.set("parentId", String.valueOf(sub));
        mvc.perform(postForm("/admin/regions/" + parent, form))
                .andExpect(content().string(containsString("A region cannot be placed under itself or under one of its sub-regions.")));
        form.set("parentId", String.valueOf(parent));
        mvc.perform(postForm("/admin/regions/" + parent, form))
                .andExpect(content().string(containsString("A region cannot be placed under itself or under one of its sub-regions.")));
        assertThat(fixtures.version("region", parent)).isZero();
    }

    @Test
    void rowsAreAddedWithoutJavaScriptAndWithoutSaving() throws Exception {
        MultiValueMap<String, String> form = with(missions, "sources[0].title", "A source", "sources[0].url", "https://example.org/");
        form.add("addRow", "source");
        mvc.perform(postForm("/admin/missions", form))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"sources-0-title\""), containsString("value=\"A source\""),
                        containsString("id=\"sources-1-title\""),
                        not(containsString("id=\"error-summary\"")))));
        form.set("addRow", "passage");
        mvc.perform(postForm("/admin/missions", form))
                .andExpect(content().string(allOf(containsString("id=\"passages-0-number\""),
                        containsString("id=\"passages-1-number\""))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mission WHERE acronym = ?", Integer.class,
                form.getFirst("acronym"))).isZero();
    }

    @Test
    void theEditPageShowsTheTextOfEachCitedPassage() throws Exception {
        long id = fixtures.create(missions, missions.validForm().apply(unique()));
        String passage27 = jdbc.queryForObject("SELECT text FROM passage WHERE number = 27", String.class);
        mvc.perform(page("/admin/missions/" + id + "/edit"))
                .andExpect(content().string(allOf(containsString("name=\"passages[0].number\" value=\"27\""),
                        containsString(passage27.replace("**", "").substring(0, 40).replace("'", "&#39;")))));
    }

    @Test
    void parametersTheFormDoesNotHaveAreIgnoredOnCreate() throws Exception {
        long other = jdbc.queryForObject("SELECT MIN(id) FROM mission", Long.class);
        Map<String, Object> before = jdbc.queryForMap("SELECT name, version, created_at FROM mission WHERE id = ?", other);
        MultiValueMap<String, String> form = missions.validForm().apply(unique());
        form.add("id", String.valueOf(other));
        form.add("version", "7");
        form.add("createdAt", "2000-01-01T00:00:00Z");
        form.add("createdBy", "mallory");
        form.add("updatedAt", "2000-01-01T00:00:00Z");

        long id = fixtures.create(missions, form);

        assertThat(id).isNotEqualTo(other);
        Map<String, Object> created = jdbc.queryForMap("SELECT version, created_at FROM mission WHERE id = ?", id);
        assertThat(created.get("version")).isEqualTo(0L);
        assertThat(((Timestamp) created.get("created_at")).toInstant()).isAfter(java.time.Instant.now().minusSeconds(600));
        assertThat(jdbc.queryForMap("SELECT name, version, created_at FROM mission WHERE id = ?", other)).isEqualTo(before);
    }

    @Test
    void parametersTheFormDoesNotHaveAreIgnoredOnUpdate() throws Exception {
        String unique = unique();
        long a = fixtures.create(missions, missions.validForm().apply(unique));
        long b = fixtures.create(missions, missions.validForm().apply(unique + "b"));
        Map<String, Object> aBefore = jdbc.queryForMap("SELECT created_at FROM mission WHERE id = ?", a);
        Map<String, Object> bBefore = jdbc.queryForMap("SELECT name, version, created_at, updated_at FROM mission WHERE id = ?", b);

        MultiValueMap<String, String> form = missions.validForm().apply(unique);
        form.set("name", "Renamed " + unique);
        form.add("version", "0");
        form.add("id", String.valueOf(b));
        form.add("createdAt", "2000-01-01T00:00:00Z");
        form.add("createdBy", "mallory");
        mvc.perform(postForm("/admin/missions/" + a, form)).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("SELECT name FROM mission WHERE id = ?", String.class, a)).isEqualTo("Renamed " + unique);
        assertThat(jdbc.queryForMap("SELECT created_at FROM mission WHERE id = ?", a)).isEqualTo(aBefore);
        assertThat(jdbc.queryForMap("SELECT name, version, created_at, updated_at FROM mission WHERE id = ?", b)).isEqualTo(bBefore);
    }

    @Test
    void savingKeepsUpdatedAtCurrent() throws Exception {
        String unique = unique();
        long id = fixtures.create(missions, missions.validForm().apply(unique));
        backdate(id);
        Timestamp created = jdbc.queryForObject("SELECT updated_at FROM mission WHERE id = ?", Timestamp.class, id);
        MultiValueMap<String, String> form = missions.validForm().apply(unique);
        form.set("name", "Updated " + unique);
        form.add("version", "0");
        mvc.perform(postForm("/admin/missions/" + id, form)).andExpect(status().is3xxRedirection());
        Timestamp renamed = jdbc.queryForObject("SELECT updated_at FROM mission WHERE id = ?", Timestamp.class, id);
        assertThat(renamed).isAfter(created);

        // a change to the citations alone is a change to the record too
        backdate(id);
        renamed = jdbc.queryForObject("SELECT updated_at FROM mission WHERE id = ?", Timestamp.class, id);
        form.set("version", "1");
        form.set("passages[0].number", "28");
        mvc.perform(postForm("/admin/missions/" + id, form)).andExpect(status().is3xxRedirection());
        assertThat(fixtures.version("mission", id)).isEqualTo(2L);
        assertThat(jdbc.queryForObject("SELECT updated_at FROM mission WHERE id = ?", Timestamp.class, id)).isAfter(renamed);
    }

    /** The type's valid form with some fields set (an empty value clears a field). */
    private static MultiValueMap<String, String> with(AdminFixtures.Type type, String... pairs) {
        MultiValueMap<String, String> form = type.validForm().apply(unique());
        for (int i = 0; i < pairs.length; i += 2) {
            form.set(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    /** Moves the mission's last change a day back, so that a save now shows as a later time whatever the clock's grain. */
    private void backdate(long id) {
        jdbc.update("UPDATE mission SET updated_at = updated_at - INTERVAL '1' DAY WHERE id = ?", id);
    }
}
