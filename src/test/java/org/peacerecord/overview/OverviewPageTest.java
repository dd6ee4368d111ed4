package org.peacerecord.overview;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.TestRecords.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The overview: key figures, the chart of records per year with its table, and an entry point to every section. */
@PostgresTest
class OverviewPageTest {

    @Autowired
    MockMvc mvc;


    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TestRecords records;

    @BeforeEach
    void setUp() {
    }

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    @Test
    void keepsTheIntroAndTheQualifiedKeyFigures() throws Exception {
        String page = html("/");
        assertThat(Pattern.compile("<h1[ >]").matcher(page).results().count()).isEqualTo(1);
        // The seed's headline figure, with its qualifier and as-of date: the point of the section.
        assertThat(page).contains("over 107,000", "as of");
    }

    @Test
    void linksEverySectionWithItsCount() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM training", Long.class);
        String page = html("/");
        for (String path : new String[]{"/timeline", "/contributions", "/trainings", "/missions", "/themes",
                "/people", "/statement", "/search"}) {
            assertThat(page).contains("<a href=\"" + path + "\">");
        }
        assertThat(page).contains(before + " trainings<");

        records.training(unique("One more")).region("oceania").inYear(2099).save();
        assertThat(html("/")).contains((before + 1) + " trainings<");
    }

    @Test
    void chartsContributionsAndTrainingsPerYearWithATextAlternative() throws Exception {
        assertThat(html("/")).doesNotContain("<th scope=\"row\">2099</th>");
        records.training(unique("Future course")).region("oceania").inYear(2099).save();
        records.training(unique("Another future course")).region("oceania")
                .period(PartialDate.ofMonth(2099, 6), null).save();

        String page = html("/");
        assertThat(page).contains("<svg", "role=\"img\"", "aria-labelledby=\"overview-chart-title overview-chart-desc\"",
                "<title id=\"overview-chart-title\">", "<desc id=\"overview-chart-desc\">", "<figcaption",
                "<title>2099: Trainings (2)</title>");
        assertThat(page).contains("<caption>Contributions and trainings per year</caption>", "<th scope=\"col\">Year</th>");
        assertThat(page).containsPattern("<th scope=\"row\">2099</th>\\s*<td class=\"text-end\">0</td>\\s*"
                + "<td class=\"text-end\">2</td>\\s*<td class=\"text-end\">2</td>");
    }

    @Test
    void japaneseReadersGetJapaneseLabels() throws Exception {
        assertThat(html("/?lang=ja")).contains("記録を見る", "年ごとの貢献と研修", "数値を表で表示", ">年表<");
    }

    @Test
    void runsAFixedNumberOfStatementsWhateverTheRecordHolds() throws Exception {
        QueryCounter counter = new QueryCounter(entityManagerFactory);
        long statements = counter.count(() -> mvc.perform(get("/")).andExpect(status().isOk()));
        for (int i = 0; i < 60; i++) {
            records.training(unique("Counted " + i)).region("oceania").inYear(2090 + i % 10).save();
        }
        // Statement, key figures, contributions per year, trainings per year, section sizes, timeline entries,
        // statement paragraphs, the missions' map.
        assertThat(statements).isLessThanOrEqualTo(8);
        assertThat(counter.count(() -> mvc.perform(get("/")).andExpect(status().isOk()))).isEqualTo(statements);
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
