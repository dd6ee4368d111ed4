package org.peacerecord.person;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacerecord.mission.Mission;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.Pages.csvHeader;
import static org.peacerecord.support.Pages.csvRecords;
import static org.peacerecord.support.Pages.html;
import static org.peacerecord.support.Pages.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgresTest
@Transactional
class PersonPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EntityManager em;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRecords records;

    @BeforeEach
    void setUp() {
    }

    private Person remembered(String token) {
        Mission mission = records.mission(token, "Mission of " + token);
        Person person = records.person("Aaa Remembered " + token, mission);
        person.setNameJa("追悼テスト" + token);
        person.setInMemoriam(true);
        person.setMemorialNote("Lost their life in the pursuit of peace (" + token + ").");
        person.setOrganisation("Organisation " + token);
        return person;
    }

    @Test
    void listShowsNamesRolesOrganisationsMissionsAndThoseRemembered() throws Exception {
        String token = TestRecords.unique();
        Person person = remembered(token);
        records.flushAndClear();

        Document page = html(mvc.perform(get("/people")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select(".result-count").text())
                .contains(String.valueOf(jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class)));
        Element row = page.selectFirst("tr:has(a[href='/people/" + person.getId() + "'])");
        assertThat(row).as("people are listed by name, so this one is on the first page").isNotNull();
        assertThat(row.select("th .in-memoriam-line").text()).isEqualTo("In memoriam");
        assertThat(row.text()).contains("Test role", "Organisation " + token, token);
        assertThat(row.select("a[href='/missions/" + token + "']")).hasSize(1);
        assertThat(page.select(".downloads a").eachAttr("href")).containsExactly("/people.csv", "/people.json");
    }

    @Test
    void listFiltersByMissionAndAnUnknownMissionIsABadRequest() throws Exception {
        String acronym = TestRecords.unique();
        Mission mission = records.mission(acronym, "Filtered mission");
        records.person("Served there " + acronym, mission);
        records.person("Served elsewhere " + acronym, null);
        records.flushAndClear();

        Document page = html(mvc.perform(get("/people?mission=" + acronym.toLowerCase(java.util.Locale.ROOT)))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("tbody th a").eachText()).containsExactly("Served there " + acronym);
        assertThat(page.select("#filter-mission option[selected]").attr("value")).isEqualTo(acronym);
        assertThat(page.select(".downloads a").eachAttr("href")).contains("/people.csv?mission=" + acronym.toLowerCase(java.util.Locale.ROOT));
        mvc.perform(get("/people?mission=NO-SUCH-" + acronym)).andExpect(status().isBadRequest());
    }

    @Test
    void aFilterOfManyMissionsIsATextFieldNotAHugeSelect() throws Exception {
        for (int i = 0; i < 101; i++) {
            records.mission("M" + TestRecords.unique().substring(0, 6) + i, "Mission " + i);
        }
        records.flushAndClear();

        Document page = html(mvc.perform(get("/people?mission=UNMIT")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("select#filter-mission")).isEmpty();
        assertThat(page.select("input#filter-mission").attr("value")).isEqualTo("UNMIT");
        assertThat(page.select("#filter-mission-hint").text()).isNotBlank();
    }

    @Test
    void listIsPaginated() throws Exception {
        for (int i = 0; i < 25; i++) {
            records.person("Paginated person " + i, null);
        }
        records.flushAndClear();
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class);

        Document first = html(mvc.perform(get("/people")).andReturn());
        Document last = html(mvc.perform(get("/people?page=" + ((total + 19) / 20))).andExpect(status().isOk()).andReturn());

        assertThat(first.select("tbody tr")).hasSize(20);
        assertThat(first.select(".pagination a[rel='next']").attr("href")).isEqualTo("/people?page=2");
        assertThat(last.select("tbody tr")).hasSize((int) (total - 20 * ((total - 1) / 20)));
        assertThat(last.select(".pagination a[rel='next']")).isEmpty();
    }

    @Test
    void personRememberedInMemoriamIsHonouredWithTheMemorialNote() throws Exception {
        String token = TestRecords.unique();
        Person person = remembered(token);
        records.flushAndClear();

        Document page = html(mvc.perform(get("/people/" + person.getId())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Aaa Remembered " + token);
        Element memoriam = page.selectFirst("section.in-memoriam");
        assertThat(memoriam).isNotNull();
        assertThat(memoriam.select("h2").text()).isEqualTo("In memoriam");
        assertThat(memoriam.text()).contains("Lost their life in the pursuit of peace (" + token + ").");
        assertThat(page.select(".record-subtitle[lang='ja']").text()).isEqualTo("追悼テスト" + token);
        assertThat(page.select("figure.citation-passage blockquote").attr("cite")).isEqualTo("/statement#p28");

        Document japanese = html(mvc.perform(get("/people/" + person.getId() + "?lang=ja")).andReturn());
        assertThat(japanese.select("h1").text()).isEqualTo("追悼テスト" + token);
        assertThat(japanese.select("section.in-memoriam h2").text()).isEqualTo("追悼");
        assertThat(japanese.select(".record-subtitle[lang='en']").text()).isEqualTo("Aaa Remembered " + token);
    }

    @Test
    void personNotRememberedHasNoMemorialSection() throws Exception {
        Person person = records.person("Living person " + TestRecords.unique(), null);
        records.flushAndClear();

        Document page = html(mvc.perform(get("/people/" + person.getId())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("section.in-memoriam")).isEmpty();
        assertThat(page.text()).doesNotContain("In memoriam");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/people/abc", "/people/999999999", "/people/1.5", "/people/-1", "/people/12345678901234567890"})
    void unknownOrMalformedIdsAreNotFound(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    @Test
    void downloadsKeepJapaneseNamesAndTheMemorialNote() throws Exception {
        String token = TestRecords.unique();
        Person person = remembered(token);
        records.flushAndClear();

        MvcResult csv = mvc.perform(get("/people.csv")).andExpect(status().isOk()).andReturn();
        assertThat(csvHeader(csv)).containsExactly("id", "name", "name_ja", "role", "organisation", "mission",
                "in_memoriam", "memorial_note", "sources");
        CSVRecord row = csvRecords(csv).stream().filter(r -> r.get("id").equals(String.valueOf(person.getId())))
                .findFirst().orElseThrow();
        assertThat(row.get("name_ja")).isEqualTo("追悼テスト" + token);
        assertThat(row.get("in_memoriam")).isEqualTo("true");
        assertThat(row.get("mission")).isEqualTo(token);
        assertThat(row.get("sources")).isEqualTo("statement#p28");

        JsonNode json = json(mvc.perform(get("/people.json")).andExpect(status().isOk()).andReturn());
        JsonNode item = StreamSupport.stream(json.spliterator(), false)
                .filter(n -> n.get("id").asLong() == person.getId()).findFirst().orElseThrow();
        assertThat(item.get("in_memoriam").asBoolean()).isTrue();
        assertThat(item.get("name_ja").asString()).isEqualTo("追悼テスト" + token);
    }

    @Test
    void pagesRunAFixedNumberOfQueriesWhateverTheData() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        Person person = remembered(TestRecords.unique());
        records.flushAndClear();
        long detailBefore = counter.count(() -> mvc.perform(get("/people/" + person.getId())).andExpect(status().isOk()));
        long listBefore = counter.count(() -> mvc.perform(get("/people")).andExpect(status().isOk()));
        long csvBefore = counter.count(() -> mvc.perform(get("/people.csv")).andExpect(status().isOk()));

        for (int i = 0; i < 5; i++) {
            records.person("Another person " + i, records.mission(TestRecords.unique(), "Another mission " + i));
        }
        records.flushAndClear();

        assertThat(counter.count(() -> mvc.perform(get("/people/" + person.getId())).andExpect(status().isOk())))
                .isEqualTo(detailBefore).isEqualTo(1);
        assertThat(counter.count(() -> mvc.perform(get("/people")).andExpect(status().isOk())))
                .isEqualTo(listBefore).isLessThanOrEqualTo(3); // missions to filter by, count, page
        assertThat(counter.count(() -> mvc.perform(get("/people.csv")).andExpect(status().isOk())))
                .isEqualTo(csvBefore).isLessThanOrEqualTo(4); // missions, ids, sources, people through a cursor
    }
}
