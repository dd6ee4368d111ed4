package org.peacerecord.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.mission.Mission;
import org.peacerecord.person.Person;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgresTest
@Transactional
class SearchPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EntityManager em;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchTextRefresh refresh;

    @Autowired
    TestRecords records;
    String token;

    @BeforeEach
    void setUp() {
        token = TestRecords.unique();
    }

    private Document search(String q) throws Exception {
        return html(mvc.perform(get("/search").param("q", q)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void findsNamesWhateverTheirAccentsAndCase() throws Exception {
        Person person = records.person("José Ramos-Horta " + token, null);
        Mission mission = records.mission(token, "United Nations Mission in Timor-Leste (test)");
        records.flushAndClear();

        Document byName = search("jose ramos horta " + token.toLowerCase(Locale.ROOT));
        assertThat(byName.select("#results-person a[href='/people/" + person.getId() + "']").text())
                .isEqualTo("José Ramos-Horta " + token);

        Document byCountry = search("TIMOR " + token);
        assertThat(byCountry.select("#results-mission a[href='/missions/" + mission.getAcronym() + "']")).hasSize(1);

        String fullWidth = token.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
        assertThat(search(fullWidth).select("#results-mission a[href='/missions/" + token + "']")).hasSize(1);
    }

    @Test
    void findsJapaneseNamesAndPassagesOfTheStatement() throws Exception {
        Person person = records.person("Japanese name " + token, null);
        person.setNameJa("検索試験" + token);
        records.flushAndClear();

        Document japanese = html(mvc.perform(get("/search").param("q", "検索試験" + token).param("lang", "ja")).andReturn());
        assertThat(japanese.select("#results-person a[href='/ja/people/" + person.getId() + "']").text()).isEqualTo("検索試験" + token);
        assertThat(japanese.select("#results-heading-person").text()).isEqualTo("人物（1）");

        Map<String, Object> passage = jdbc.queryForMap("SELECT number, text FROM passage WHERE text LIKE '%strengthen the performance%' ORDER BY number LIMIT 1");
        Document statement = search("STRENGTHEN the Performance");
        Element hit = statement.selectFirst("#results-passage a[href='/statement#p" + passage.get("number") + "']");
        assertThat(hit).isNotNull();
        assertThat(hit.text()).isEqualTo("Statement, paragraph " + passage.get("number"));
    }

    /**
     * Terms of one or two characters have no trigram: Japanese ones are also looked up by their characters
     * (SearchCharacters) and must stand together and in order; Latin ones must begin a word ("un" finds "UN" and
     * "UNMISS", not "fund").
     */
    @Test
    void findsOneAndTwoCharacterTerms() throws Exception {
        Person engineers = records.person("Engineers " + token, null);
        engineers.setNameJa("鶚工兵" + token);
        Person reversed = records.person("Reversed " + token, null);
        reversed.setNameJa("兵工鶚" + token);
        Person latin = records.person("Qx Zq " + token, null);
        Person latinFirst = records.person("Zqy " + token, null);
        Person latinInside = records.person("Xzq " + token, null);
        records.flushAndClear();

        assertThat(personLinks(search("工兵"))).contains("/people/" + engineers.getId())
                .doesNotContain("/people/" + reversed.getId());
        assertThat(personLinks(search("鶚"))).contains("/people/" + engineers.getId(), "/people/" + reversed.getId());
        assertThat(personLinks(search("工兵 " + token))).containsExactly("/people/" + engineers.getId());
        assertThat(personLinks(search("zq"))).contains("/people/" + latin.getId(), "/people/" + latinFirst.getId())
                .doesNotContain("/people/" + engineers.getId(), "/people/" + latinInside.getId());
        assertThat(personLinks(search("ZQ " + token))).containsExactlyInAnyOrder("/people/" + latin.getId(),
                "/people/" + latinFirst.getId());
        // one Latin letter: the beginning of a word too ("Xzq", not the "x" inside "Qx")
        assertThat(personLinks(search("x " + token))).containsExactly("/people/" + latinInside.getId());
        assertThat(personLinks(search("Z " + token))).containsExactlyInAnyOrder("/people/" + latin.getId(),
                "/people/" + latinFirst.getId());
    }

    private static List<String> personLinks(Document page) {
        return page.select("#results-person a").eachAttr("href");
    }

    @Test
    void groupsResultsByKindWithCounts() throws Exception {
        Mission first = records.mission(token, "Grouped mission one");
        records.mission(TestRecords.unique(), "Grouped mission two " + token);
        records.person("Grouped person " + token, first);
        for (int i = 0; i < 3; i++) {
            records.contribution("Grouped contribution " + i + " " + token, ContributionKind.EXPERTISE, first);
        }
        records.flushAndClear();

        Document page = search(token.toLowerCase(Locale.ROOT));

        assertThat(page.select(".result-count").text()).isEqualTo("6 results for “" + token.toLowerCase(Locale.ROOT) + "”");
        assertThat(page.select(".search-group > h2").eachText())
                .containsExactly("Contributions (3)", "Missions (2)", "People (1)");
        assertThat(page.select("nav.search-groups a").eachAttr("href"))
                .containsExactly("#results-contribution", "#results-mission", "#results-person");
        assertThat(page.select("#results-contribution .search-hit a").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith("/contributions/"));
    }

    @Test
    void manyHitsOfOneKindArePagedOnTheirOwn() throws Exception {
        for (int i = 0; i < 23; i++) {
            records.contribution(String.format("Many %02d %s", i, token), ContributionKind.IN_KIND, null);
        }
        records.flushAndClear();

        Document all = search(token);
        assertThat(all.select("#results-contribution .search-hit")).hasSize(SearchService.HITS_PER_GROUP);
        Element more = all.selectFirst("#results-contribution a[href*='type=contribution']");
        assertThat(more.text()).isEqualTo("See all 23 results in Contributions");

        Document first = html(mvc.perform(get("/search?q=" + token + "&type=contribution")).andReturn());
        assertThat(first.select(".search-hit")).hasSize(20);
        assertThat(first.select(".pagination a[rel='next']").attr("href")).isEqualTo("/search?q=" + token + "&type=contribution&page=2");
        Document second = html(mvc.perform(get("/search?q=" + token + "&type=contribution&page=2")).andReturn());
        assertThat(second.select(".search-hit")).hasSize(3);
        assertThat(second.select(".search-group > h2").text()).isEqualTo("Contributions (23)");
    }

    @Test
    void allKindsAtOnceCountTheirHitsUpToAHundredAndOneKindCountsThemAll() throws Exception {
        for (int i = 0; i < SearchService.COUNTED_UP_TO + 1; i++) {
            records.contribution(String.format("Counted %03d %s", i, token), ContributionKind.IN_KIND, null);
        }
        records.person("Counted person " + token, null);
        records.flushAndClear();

        Document all = search(token);
        assertThat(all.select(".result-count").text()).isEqualTo("101+ results for “" + token + "”");
        assertThat(all.select(".search-group > h2").eachText()).containsExactly("Contributions (100+)", "People (1)");
        assertThat(all.select("nav.search-groups a").eachText()).containsExactly("Contributions (100+)", "People (1)");
        assertThat(all.selectFirst("#results-contribution a[href*='type=contribution']").text())
                .isEqualTo("See all results in Contributions");

        Document one = html(mvc.perform(get("/search?q=" + token + "&type=contribution")).andReturn());
        assertThat(one.select(".search-group > h2").text()).isEqualTo("Contributions (101)");
        assertThat(one.select(".pagination a[href$='page=6']")).isNotEmpty();

        Document japanese = html(mvc.perform(get("/ja/search").param("q", token)).andExpect(status().isOk()).andReturn());
        assertThat(japanese.select(".search-group > h2").first().text()).endsWith("（100件以上）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void anEmptyQueryShowsTheFormOnly(String q) throws Exception {
        Document page = search(q);
        assertThat(page.select("form[role='search'] input[name='q']")).hasSize(1);
        assertThat(page.select("label[for='search-q']")).hasSize(1);
        assertThat(page.select(".search-group, .result-count")).isEmpty();
        assertThat(html(mvc.perform(get("/search")).andExpect(status().isOk()).andReturn()).select(".search-group")).isEmpty();
    }

    @Test
    void aVeryLongQueryIsShortenedNotAnError() throws Exception {
        Document page = search("timor ".repeat(2000));
        assertThat(page.select(".alert").text()).isEqualTo("Only the first 200 characters of your search were used.");
        assertThat(page.select("input[name='q']").val()).hasSize(SearchService.MAX_QUERY_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "%%", "' OR 1=1 --", "\\", "<script>alert(1)</script>", "timor'; DROP TABLE mission; --"})
    void hostileQueriesAreHarmless(String q) throws Exception {
        Document page = search(q);
        assertThat(page.select("main script")).isEmpty();
        assertThat(page.select("input[name='q']").val()).isEqualTo(q.strip());
        if (q.contains("%") || q.contains("_")) {
            assertThat(page.select(".search-group")).as("wildcards match nothing").isEmpty();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mission", Long.class)).isPositive();
    }

    @Test
    void searchTextFollowsEditsSavedThroughJpa() throws Exception {
        Person person = records.person("Before " + token, null);
        records.flushAndClear();
        em.find(Person.class, person.getId()).setName("Renamed Ségolène " + token);
        records.flushAndClear();

        assertThat(search("segolene " + token).select("#results-person a[href='/people/" + person.getId() + "']")).hasSize(1);
        assertThat(search("before " + token).select(".search-group")).isEmpty();
    }

    @Test
    void rowsWrittenBySqlAreIndexedByTheRefresh() throws Exception {
        Mission mission = records.mission(token, "Written by SQL");
        records.flushAndClear();
        Map<String, Object> before = jdbc.queryForMap("SELECT version, updated_at FROM mission WHERE id = ?", mission.getId());
        jdbc.update("UPDATE mission SET name = 'Renamed Östersund mission', search_text = NULL WHERE id = ?", mission.getId());
        assertThat(search("ostersund " + token).select(".search-group")).isEmpty();

        refresh.run(null);

        assertThat(jdbc.queryForObject("SELECT search_text FROM mission WHERE id = ?", String.class, mission.getId()))
                .contains("ostersund");
        assertThat(jdbc.queryForMap("SELECT version, updated_at FROM mission WHERE id = ?", mission.getId())).isEqualTo(before);
        assertThat(search("ostersund " + token).select("#results-mission a[href='/missions/" + token + "']")).hasSize(1);
    }

    @Test
    void searchRunsAFixedNumberOfQueriesWhateverTheData() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        Mission mission = records.mission(token, "Counted");
        records.person("Counted person " + token, mission);
        records.flushAndClear();
        long before = counter.count(() -> mvc.perform(get("/search").param("q", token)).andExpect(status().isOk()));

        for (int i = 0; i < 5; i++) {
            records.contribution("Counted contribution " + i + " " + token, ContributionKind.FINANCIAL, null);
            records.training("Counted training " + i + " " + token, null);
            records.milestone("Counted milestone " + i + " " + token, null);
            records.person("Counted person " + i + " " + token, null);
        }
        records.flushAndClear();

        long after = counter.count(() -> mvc.perform(get("/search").param("q", token)).andExpect(status().isOk()));
        // one query per kind of record (its first hits, with their count), and one that has them planned for the terms
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(9 + 1);
    }
}
