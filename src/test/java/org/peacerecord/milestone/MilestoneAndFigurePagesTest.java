package org.peacerecord.milestone;

import jakarta.persistence.EntityManagerFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.mission.Mission;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Milestones and key figures have pages of their own, like every other record: linked from the timeline, the mission
 * and contribution pages, the statement and the overview; unknown ids answer 404.
 */
@PostgresTest
class MilestoneAndFigurePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aMilestoneHasAPageWithItsFactsAndSourcesAndEveryListLinksThere() throws Exception {
        String token = TestRecords.unique("M").substring(0, 8).toUpperCase();
        Mission mission = records.mission(token, "Mission of " + token);
        Contribution contribution = records.contribution(ContributionKind.IN_KIND, "Equipment for " + token,
                PartialDate.ofMonth(2014, 9), null, mission, java.util.List.of(), 51);
        Milestone milestone = records.milestoneMarking(contribution, "Summit where " + token + " was announced",
                PartialDate.ofMonth(2014, 9));

        Document page = page("/milestones/" + milestone.getId());
        assertThat(page.select("h1").text()).isEqualTo("Summit where " + token + " was announced");
        assertThat(page.select(".record-kicker").text()).isEqualTo("Milestone");
        assertThat(page.select(".record-facts").text()).contains("September 2014").contains(token);
        assertThat(page.select(".record-facts a[href='/contributions/" + contribution.getId() + "']")).hasSize(1);
        assertThat(page.select(".citations blockquote")).isNotEmpty();
        assertThat(page("/ja/milestones/" + milestone.getId()).select(".record-facts").text()).contains("2014年9月");

        assertThat(page("/timeline?kind=MILESTONE&from=2014&to=2014")
                .select("#milestone-" + milestone.getId() + " a[href='/milestones/" + milestone.getId() + "']")).hasSize(1);
        assertThat(page("/missions/" + token).select(".linked-records a[href='/milestones/" + milestone.getId() + "']"))
                .hasSize(1);
        assertThat(page("/contributions/" + contribution.getId())
                .select("a[href='/milestones/" + milestone.getId() + "']")).isNotEmpty();
    }

    @Test
    void aMilestonePageRunsTwoStatements() throws Exception {
        long id = jdbc.queryForObject("SELECT MIN(id) FROM milestone", Long.class);
        QueryCounter counter = new QueryCounter(entityManagerFactory);
        assertThat(counter.count(() -> page("/milestones/" + id))).isEqualTo(2);
    }

    @Test
    void aKeyFigureHasAPageLinkedFromTheOverviewAndTheStatement() throws Exception {
        long id = jdbc.queryForObject("SELECT MIN(f.id) FROM key_figure f JOIN key_figure_citation c ON c.key_figure_id = f.id",
                Long.class);
        String code = jdbc.queryForObject("SELECT code FROM key_figure WHERE id = ?", String.class, id);

        Document figure = page("/figures/" + id);
        assertThat(figure.select(".record-kicker").text()).isEqualTo("Key figure");
        assertThat(figure.select(".record-figure").text()).isNotBlank();
        assertThat(figure.select(".record-facts").text()).contains("As of");
        assertThat(figure.select(".citations blockquote")).isNotEmpty();
        assertThat(figure.select("a[href='/#figure-" + code + "']")).hasSize(1);
        assertThat(page("/ja/figures/" + id).select(".record-kicker").text()).isEqualTo("主要な数値");

        assertThat(page("/").select("#figure-" + code + " a[href='/figures/" + id + "']")).hasSize(1);
        assertThat(page("/statement").select(".passage-citing a[href='/figures/" + id + "']")).isNotEmpty();
    }

    @Test
    void unknownMilestonesAndFiguresAre404() throws Exception {
        assertThat(mvc.perform(get("/milestones/999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/figures/999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/figures/abc")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
