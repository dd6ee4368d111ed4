package org.peacerecord.theme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.Pages.csvHeader;
import static org.peacerecord.support.Pages.csvRecords;
import static org.peacerecord.support.Pages.html;
import static org.peacerecord.support.Pages.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgresTest
@Transactional
class ThemePagesTest {

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

    @Test
    void listShowsTheEightAreasInTheDeclarationsOrderWithTheirCounts() throws Exception {
        records.contribution("WPS contribution " + TestRecords.unique(), ContributionKind.EXPERTISE, null)
                .replaceThemes(Set.of(records.theme("wps")));
        records.flushAndClear();

        Document page = html(mvc.perform(get("/themes")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("tbody th[scope='row'] a").eachText())
                .containsExactlyElementsOf(jdbc.queryForList("SELECT name FROM a4p_theme ORDER BY sort_order", String.class));
        assertThat(page.select("thead th").eachText()).containsSubsequence("Contributions", "Trainings");
        Element wps = page.selectFirst("tr:has(a[href='/themes/wps'])");
        List<String> cells = wps.select("td.text-end").eachText();
        assertThat(cells).containsExactly(
                String.valueOf(count("contribution_theme", "wps")), String.valueOf(count("training_theme", "wps")));
        assertThat(page.select(".downloads a").eachAttr("href")).containsExactly("/themes.csv", "/themes.json");
    }

    @Test
    void themePageListsItsContributionsAndTrainingsAndCitations() throws Exception {
        String token = TestRecords.unique();
        A4pTheme wps = records.theme("wps");
        records.contribution("Contribution " + token, ContributionKind.PERSONNEL, null).replaceThemes(Set.of(wps));
        records.training("Training " + token, null).replaceThemes(Set.of(wps));
        records.contribution("Unrelated " + token, ContributionKind.PERSONNEL, null).replaceThemes(Set.of(records.theme("conduct")));
        records.flushAndClear();

        Document page = html(mvc.perform(get("/themes/WPS")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo(jdbc.queryForObject("SELECT name FROM a4p_theme WHERE code = 'wps'", String.class));
        assertThat(page.select(".linked-records a").eachText()).contains("Contribution " + token, "Training " + token)
                .doesNotContain("Unrelated " + token);
        assertThat(page.select(".record-section h2").eachText()).anySatisfy(h -> assertThat(h)
                .isEqualTo("Contributions (" + count("contribution_theme", "wps") + ")"));
        assertThat(page.select("section.citations")).hasSize(1);
        assertThat(page.select("section.citations blockquote, section.citations .citation-external")).isNotEmpty();
        page.select("section.citations blockquote").forEach(quote ->
                assertThat(quote.attr("cite")).matches("/statement#p\\d+"));
    }

    @Test
    void linkedRecordsOfOneDateAreInTitleOrderRegardlessOfCase() throws Exception {
        String token = TestRecords.unique();
        A4pTheme partnerships = records.theme("partnerships");
        for (String title : List.of("ZZ-b ", "zz-c ", "zz-a ")) {
            records.contribution(ContributionKind.PERSONNEL, title + token, PartialDate.ofMonth(2019, 10), null, null,
                    List.of("partnerships"), 35);
            records.training(title + token, null).replaceThemes(Set.of(partnerships));
        }
        records.flushAndClear();

        Document page = html(mvc.perform(get("/themes/partnerships")).andExpect(status().isOk()).andReturn());

        // as every list orders them (an upper-case title used to come first: the database's collation is C)
        for (String section : List.of("/contributions/", "/trainings/")) {
            assertThat(page.select(".linked-records a[href^='" + section + "']").eachText().stream()
                    .filter(title -> title.endsWith(token)).toList())
                    .containsExactly("zz-a " + token, "ZZ-b " + token, "zz-c " + token);
        }
    }

    @Test
    void themePageInJapaneseAndUnknownCodes() throws Exception {
        Document page = html(mvc.perform(get("/themes/wps?lang=ja")).andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text())
                .isEqualTo(jdbc.queryForObject("SELECT name_ja FROM a4p_theme WHERE code = 'wps'", String.class));
        assertThat(page.select(".record-kicker").text()).isEqualTo("A4Pの重点分野");

        mvc.perform(get("/themes/no-such-theme")).andExpect(status().isNotFound());
        mvc.perform(get("/themes/{code}", "' OR '1'='1")).andExpect(status().isNotFound());
        // an encoded percent sign is rejected by the security firewall before any controller
        mvc.perform(get("/themes/{code}", "%")).andExpect(status().isBadRequest());
    }

    @Test
    void downloadsGiveEveryAreaWithCountsAndSources() throws Exception {
        MvcResult csv = mvc.perform(get("/themes.csv")).andExpect(status().isOk()).andReturn();
        assertThat(csvHeader(csv)).containsExactly("declaration_order", "code", "name", "name_ja", "description",
                "contribution_count", "training_count", "sources");
        List<CSVRecord> rows = csvRecords(csv);
        assertThat(rows).extracting(r -> r.get("code"))
                .containsExactlyElementsOf(jdbc.queryForList("SELECT code FROM a4p_theme ORDER BY sort_order", String.class));
        CSVRecord wps = rows.stream().filter(r -> r.get("code").equals("wps")).findFirst().orElseThrow();
        assertThat(wps.get("declaration_order")).isEqualTo("2");
        assertThat(wps.get("name_ja")).isEqualTo(jdbc.queryForObject("SELECT name_ja FROM a4p_theme WHERE code = 'wps'", String.class));
        assertThat(wps.get("contribution_count")).isEqualTo(String.valueOf(count("contribution_theme", "wps")));
        assertThat(wps.get("sources")).isNotBlank();

        JsonNode json = json(mvc.perform(get("/themes.json")).andExpect(status().isOk()).andReturn());
        assertThat(json.size()).isEqualTo(rows.size());
        assertThat(json.get(1).get("code").asString()).isEqualTo("wps");
        assertThat(json.get(1).get("training_count").asLong()).isEqualTo(count("training_theme", "wps"));
    }

    @Test
    void pagesRunAFixedNumberOfQueriesWhateverTheData() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        long listBefore = counter.count(() -> mvc.perform(get("/themes")).andExpect(status().isOk()));
        long detailBefore = counter.count(() -> mvc.perform(get("/themes/partnerships")).andExpect(status().isOk()));

        A4pTheme partnerships = records.theme("partnerships");
        for (int i = 0; i < 5; i++) {
            records.contribution("Counted contribution " + i, ContributionKind.FINANCIAL, null).replaceThemes(Set.of(partnerships));
            records.training("Counted training " + i, null).replaceThemes(Set.of(partnerships));
        }
        records.flushAndClear();

        assertThat(counter.count(() -> mvc.perform(get("/themes")).andExpect(status().isOk())))
                .isEqualTo(listBefore).isLessThanOrEqualTo(3);
        assertThat(counter.count(() -> mvc.perform(get("/themes/partnerships")).andExpect(status().isOk())))
                // the page's three, plus its drawing on the timeline: missions, themes (the filter's), counts per year
                // and marks (kept until the data changes, outside tests)
                .isEqualTo(detailBefore).isLessThanOrEqualTo(7);
    }

    private long count(String joinTable, String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + joinTable + " j JOIN a4p_theme t ON t.id = j.theme_id WHERE t.code = ?",
                Long.class, code);
    }
}
