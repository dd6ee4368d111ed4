package org.peacerecord.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.initiative.Initiative;
import org.peacerecord.initiative.InitiativeKind;
import org.peacerecord.mission.Mission;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.support.TestRecords;
import org.peacerecord.training.Training;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.Pages.csvRecords;
import static org.peacerecord.support.Pages.html;
import static org.peacerecord.support.Pages.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every list page must do the same way on both databases: filter, sort (undated records last in both
 * directions, as PostgreSQL orders nulls), page, download the same rows as CSV and JSON, and search case-, accent-
 * and width-insensitively. Run on PostgreSQL ({@code ListPagesOnPostgresTest}) and on the embedded default
 * ({@code ListPagesOnH2Test}); each test builds its own records with a unique token.
 */
abstract class ListPagesContract {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    String token;
    Mission mission;

    @BeforeEach
    void createRecords() {
        token = TestRecords.unique();
        mission = records.mission(token, "Mission " + token);
        records.contribution(ContributionKind.FINANCIAL, "B funding " + token, PartialDate.ofYear(2015), null, mission,
                List.of("wps"), 35);
        records.contribution(ContributionKind.PERSONNEL, "A engineers " + token, PartialDate.ofMonth(2019, 3), null,
                mission, List.of(), 35);
        records.contribution(ContributionKind.FINANCIAL, "C grant " + token, null, null, mission, List.of("wps"), 35);
        records.training("Z dated late " + token).region("oceania").period(PartialDate.ofMonth(2095, 4), null).save();
        records.training("Y dated early " + token).region("oceania").discipline(Discipline.MEDICAL)
                .period(PartialDate.ofYear(2093), null).save();
        records.training("X undated " + token).region("oceania").save();
        records.milestone("Milestone " + token, PartialDate.ofDay(java.time.LocalDate.of(2017, 6, 30)), mission);
        records.person("Thérèse Ｎｇｕｙễｎ " + token, mission);
    }

    @AfterEach
    void deleteRecords() {
        records.deleteCreated();
    }

    private Document page(String url) throws Exception {
        return html(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
    }

    private List<String> mine(List<String> titles) {
        return titles.stream().filter(title -> title.contains(token)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "&sort=date", "&sort=date-asc", "&sort=title"})
    void trainingsSortWithUndatedLast(String sort) throws Exception {
        List<String> titles = mine(page("/trainings?region=oceania" + sort).select(".training-result h3 a").eachText());
        List<String> expected = switch (sort) {
            case "&sort=date-asc" -> List.of("Y dated early ", "Z dated late ", "X undated ");
            case "&sort=title" -> List.of("X undated ", "Y dated early ", "Z dated late ");
            default -> List.of("Z dated late ", "Y dated early ", "X undated ");
        };
        assertThat(titles).containsExactlyElementsOf(expected.stream().map(t -> t + token).toList());
    }

    @Test
    void trainingsFilterWithFacetCounts() throws Exception {
        Document page = page("/trainings?region=oceania&discipline=MEDICAL");
        assertThat(mine(page.select(".training-result h3 a").eachText())).containsExactly("Y dated early " + token);
        assertThat(page.select("#filter-year option[value=2093]").text()).endsWith("(1)");
        assertThat(page.select("#filter-discipline option[value=ENGINEERING]").text()).endsWith("(2)");
        assertThat(mine(page("/trainings?region=oceania&year=2095").select(".training-result h3 a").eachText()))
                .containsExactly("Z dated late " + token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "&sort=start", "&sort=-start", "&sort=title"})
    void contributionsSortWithUndatedLast(String sort) throws Exception {
        List<String> titles = page("/contributions?mission=" + token + sort).select("tbody th a").eachText();
        List<String> expected = switch (sort) {
            case "&sort=-start" -> List.of("A engineers ", "B funding ", "C grant ");
            case "&sort=title" -> List.of("A engineers ", "B funding ", "C grant ");
            default -> List.of("B funding ", "A engineers ", "C grant ");
        };
        assertThat(titles).containsExactlyElementsOf(expected.stream().map(t -> t + token).toList());
    }

    @Test
    void contributionsFilterByKindAndTheme() throws Exception {
        assertThat(page("/contributions?mission=" + token.toLowerCase(Locale.ROOT) + "&kind=FINANCIAL&theme=wps")
                .select("tbody th a").eachText()).containsExactlyInAnyOrder("B funding " + token, "C grant " + token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?sort=start"})
    void missionsSortWithUndatedLast(String sort) throws Exception {
        Document page = page("/missions" + sort);
        List<String> periods = page.select("tbody tr td:last-child").eachText();
        if (sort.isEmpty()) {
            List<String> acronyms = page.select("tbody th a").eachText();
            assertThat(acronyms).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        } else {
            int firstUndated = periods.indexOf("");
            assertThat(firstUndated < 0 || periods.subList(firstUndated, periods.size()).stream().allMatch(String::isEmpty))
                    .as("undated missions last: %s", periods).isTrue();
        }
    }

    @Test
    void timelineFiltersByMissionInDateOrder() throws Exception {
        List<String> titles = page("/timeline?mission=" + token).select(".timeline-entry h4").eachText();
        assertThat(mine(titles)).containsExactly("B funding " + token, "Milestone " + token, "A engineers " + token,
                "C grant " + token);
    }

    /**
     * One event, one entry: a course, an initiative and a milestone each appear once, with Japan's contribution to
     * them inside; a contribution kind lists the contributions themselves, each naming its event.
     */
    @Test
    void timelineShowsEachEventOnceWithJapansContributionInIt() throws Exception {
        Training course = records.training("Course " + token).region("oceania").mission(mission)
                .period(PartialDate.ofMonth(2018, 4), null).save();
        records.contributionTo(course, ContributionKind.TRAINING, "Trainers for the course " + token);
        Initiative initiative = records.initiative(InitiativeKind.UN_INITIATIVE, "Initiative " + token,
                PartialDate.ofYear(2016), mission);
        records.contributionTo(initiative, ContributionKind.FINANCIAL, "Funding for the initiative " + token);
        Contribution announced = records.contribution(ContributionKind.POLICY, "Announcement " + token,
                PartialDate.ofYear(2014), null, mission, List.of(), 51);
        records.milestoneMarking(announced, "Summit " + token, PartialDate.ofDay(java.time.LocalDate.of(2014, 9, 26)));

        Document all = page("/timeline?mission=" + token);
        assertThat(mine(all.select(".timeline-entry h4").eachText())).containsExactly("Summit " + token,
                "B funding " + token, "Initiative " + token, "Milestone " + token, "Course " + token,
                "A engineers " + token, "C grant " + token);
        assertThat(all.select("#training-" + course.getId() + " .record-fact-wide a").eachText())
                .containsExactly("Trainers for the course " + token);
        assertThat(all.select("#initiative-" + initiative.getId() + " .record-fact-wide a").eachText())
                .containsExactly("Funding for the initiative " + token);

        Document financial = page("/timeline?kind=FINANCIAL&mission=" + token);
        assertThat(mine(financial.select(".timeline-entry h4").eachText()))
                .containsExactly("B funding " + token, "C grant " + token);
        Document courses = page("/timeline?kind=COURSE&from=2018&to=2018");
        assertThat(mine(courses.select(".timeline-entry h4").eachText())).containsExactly("Course " + token);
        Document training = page("/timeline?kind=TRAINING");
        assertThat(training.select(".timeline-entry:has(h4:contains(Trainers for the course " + token + ")) .record-fact-wide a")
                .eachText()).containsExactly("Course " + token);
    }

    @Test
    void initiativesFilterByKindAndMission() throws Exception {
        records.initiative(InitiativeKind.REQUEST, "Request " + token, null, mission);
        records.initiative(InitiativeKind.CONTEXT, "Context " + token, null);
        assertThat(mine(page("/initiatives?mission=" + token).select("tbody th > a").eachText()))
                .containsExactly("Request " + token);
        assertThat(mine(page("/initiatives?kind=CONTEXT").select("tbody th > a").eachText()))
                .containsExactly("Context " + token);
        mvc.perform(get("/initiatives?kind=BOGUS")).andExpect(status().isBadRequest());
        mvc.perform(get("/initiatives?mission=NO-SUCH-" + token)).andExpect(status().isBadRequest());
    }

    @Test
    void peopleAndThemesListEveryRecord() throws Exception {
        assertThat(page("/themes").select("tbody tr")).hasSize(8);
        Document people = page("/people");
        assertThat(people.select(".result-count").text()).matches("\\d+ people");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/trainings?region=oceania", "/contributions?mission=%s", "/timeline?mission=%s", "/missions",
            "/people", "/themes", "/statement", "/initiatives?kind=REQUEST"})
    void downloadsCarryTheSameRowsAsCsvAndJson(String list) throws Exception {
        String url = String.format(list, token);
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        String filters = query < 0 ? "" : url.substring(query);
        MvcResult csv = mvc.perform(get(path + ".csv" + filters)).andExpect(status().isOk()).andReturn();
        MvcResult json = mvc.perform(get(path + ".json" + filters)).andExpect(status().isOk()).andReturn();
        JsonNode rows = json(json);
        assertThat(csvRecords(csv)).hasSize(rows.size()).isNotEmpty();
        if (url.contains(token)) {
            assertThat(StreamSupport.stream(rows.spliterator(), false).map(row -> row.get("title").asString()))
                    .allMatch(title -> title.contains(token));
        }
    }

    @Test
    void searchIgnoresCaseAccentsAndWidth() throws Exception {
        Document page = page("/search?q=" + "therese nguyen " + token.toLowerCase(Locale.ROOT));
        assertThat(page.select("#results-person a").eachText()).containsExactly("Thérèse Ｎｇｕｙễｎ " + token);
        assertThat(page("/search?q=" + token + "&type=contribution").select("#results-contribution li")).hasSize(3);
        mvc.perform(get("/search?q=x&type=nonsense")).andExpect(status().isBadRequest());
    }
}
