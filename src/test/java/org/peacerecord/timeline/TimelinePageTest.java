package org.peacerecord.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.initiative.Initiative;
import org.peacerecord.initiative.InitiativeKind;
import org.peacerecord.mission.Mission;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.source.Citation;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.peacerecord.training.Training;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.TestRecords.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timeline on PostgreSQL, with its own mission, contributions and milestones (dated in the 2080s, which
 * the seed does not reach) so that each filter's result is known exactly.
 */
@PostgresTest
class TimelinePageTest {

    static final List<String> COLUMNS = List.of("type", "id", "kind", "title", "year", "start", "start_precision",
            "end", "end_precision", "missions", "themes", "provenance", "citation", "japan_contributions", "part_of");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestRecords records;

    @Autowired
    TransactionTemplate transactions;

    @PersistenceContext
    EntityManager entityManager;
    Mission mission;
    Contribution funding;
    Contribution undated;
    String fundingTitle;
    String trainingTitle;
    String undatedTitle;
    String milestoneTitle;
    String otherMilestoneTitle;

    @BeforeEach
    void setUp() {
        mission = records.mission("ZT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT));
        fundingTitle = unique("Funding, for \"engineers\" – 資金");
        trainingTitle = unique("Training programme");
        undatedTitle = unique("Undated personnel");
        milestoneTitle = unique("Mission opens");
        otherMilestoneTitle = unique("Workshop");
        funding = records.contribution(ContributionKind.FINANCIAL, fundingTitle, PartialDate.ofYear(2081), null,
                mission, List.of("partnerships", "wps"), 57);
        records.contribution(ContributionKind.TRAINING, trainingTitle, PartialDate.ofMonth(2082, 5),
                PartialDate.ofYear(2084), null, List.of("wps"), 53);
        undated = records.contribution(ContributionKind.PERSONNEL, undatedTitle, null, null, mission, List.of(), 22);
        records.milestone(milestoneTitle, PartialDate.ofDay(LocalDate.of(2081, 3, 5)), mission);
        records.milestone(otherMilestoneTitle, PartialDate.ofYear(2083), null);
    }

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    @Test
    void aMissionsEntriesAppearByYearInDateOrderWithTheUndatedLast() throws Exception {
        String page = html("/timeline?mission=" + mission.getAcronym().toLowerCase(Locale.ROOT));

        assertThat(page).contains(fundingTitle.replace("\"", "&quot;"), milestoneTitle, undatedTitle)
                .doesNotContain(trainingTitle, otherMilestoneTitle);
        assertThat(page).contains("3 entries.", "id=\"year-2081-heading\"", "id=\"undated-heading\"", "Undated");
        assertThat(inOrder(page.substring(page.indexOf("id=\"timeline-entries-heading\"")), "id=\"year-2081-heading\"", "Funding, for", milestoneTitle,
                "id=\"undated-heading\"", undatedTitle)).isTrue();
        // Dates at their precision, kinds, and links to the mission, themes and contribution.
        assertThat(page).contains(">2081<", ">5 March 2081<", ">Financial<", ">Milestone<", ">Personnel<",
                "href=\"/missions/" + mission.getAcronym() + "\"", "href=\"/themes/wps\"",
                "href=\"/themes/partnerships\"", "href=\"/contributions/" + funding.getId() + "\"");
        // Themes in the Declaration's order.
        assertThat(page.indexOf("/themes/wps")).isLessThan(page.indexOf("/themes/partnerships"));
    }

    @Test
    void eachEntrySaysWhetherItComesFromTheStatementOrOnlyFromThePublicRecord() throws Exception {
        String citedInitiative = unique("Initiative in the statement");
        String uncitedInitiative = unique("Initiative on record");
        records.initiative(InitiativeKind.UN_INITIATIVE, citedInitiative, PartialDate.ofYear(2081), mission);
        Initiative onRecord = records.initiative(InitiativeKind.UN_INITIATIVE, uncitedInitiative,
                PartialDate.ofYear(2081), mission);
        transactions.executeWithoutResult(status -> {
            entityManager.find(Contribution.class, undated.getId()).replaceCitations(List.of(Citation.ofExternalSource(
                    "A report", "https://example.org/report", "2021", LocalDate.of(2026, 11, 29), "A summary.")));
            entityManager.find(Initiative.class, onRecord.getId()).replaceCitations(List.of(Citation.ofExternalSource(
                    "A plan", "https://example.org/plan", "2021", LocalDate.of(2026, 11, 29), "A summary.")));
        });

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html("/timeline?mission=" + mission.getAcronym()));

        assertThat(page.select(".timeline-entry:contains(" + undatedTitle + ") .source-badge").text())
                .isEqualTo("Public record");
        assertThat(page.select(".timeline-entry:contains(" + milestoneTitle + ") .source-badge").text())
                .isEqualTo("Statement");
        assertThat(page.select(".timeline-entry:has(a[href=/contributions/" + funding.getId() + "]) .source-badge")
                .text()).isEqualTo("Statement");
        assertThat(page.select(".timeline-entry:contains(" + citedInitiative + ") .source-badge").text())
                .isEqualTo("Statement");
        assertThat(page.select(".timeline-entry:contains(" + uncitedInitiative + ") .source-badge").text())
                .isEqualTo("Public record");
    }

    @Test
    void theTimelineComesAPageAtATimeInDateOrder() throws Exception {
        for (int i = 0; i < 57; i++) {
            records.contribution(ContributionKind.EXPERTISE, unique("Paged " + (100 + i)),
                    PartialDate.ofYear(2085 + i % 3), null, mission, List.of(), 22);
        }
        String first = html("/timeline?mission=" + mission.getAcronym());
        String second = html("/timeline?mission=" + mission.getAcronym() + "&page=2");

        // 57 plus the three of the setup: a page of 50, then 10
        assertThat(first).contains("60 entries.");
        org.jsoup.nodes.Document one = org.jsoup.Jsoup.parse(first);
        org.jsoup.nodes.Document two = org.jsoup.Jsoup.parse(second);
        assertThat(one.select(".timeline-entry")).hasSize(50);
        assertThat(two.select(".timeline-entry")).hasSize(10);
        assertThat(one.select("nav .pagination a[rel=next]").attr("href")).contains("page=2");
        // the undated entry comes last, on the last page
        assertThat(two.select(".timeline-entry").last().text()).contains(undatedTitle);
        assertThat(one.select(".timeline-entry h4").first().text()).contains("Funding, for");
    }

    @Test
    void kindThemeAndYearsFilterAndCombine() throws Exception {
        String acronym = mission.getAcronym();
        assertThat(html("/timeline?kind=MILESTONE&mission=" + acronym)).contains(milestoneTitle)
                .doesNotContain("Funding, for", undatedTitle);
        assertThat(html("/timeline?kind=FINANCIAL&mission=" + acronym)).contains("Funding, for")
                .doesNotContain(milestoneTitle, undatedTitle);

        // Milestones have no themes: a theme leaves contributions only.
        String wps = html("/timeline?theme=wps&from=2080&to=2089");
        assertThat(wps).contains("Funding, for", trainingTitle).doesNotContain(milestoneTitle, otherMilestoneTitle);
        assertThat(html("/timeline?theme=partnerships&from=2080&to=2089")).contains("Funding, for")
                .doesNotContain(trainingTitle);

        // A period overlapping the years counts; undated entries drop out once years are set.
        String y2083 = html("/timeline?from=2083&to=2083");
        assertThat(y2083).contains(trainingTitle, otherMilestoneTitle, "May 2082 – 2084")
                .doesNotContain("Funding, for", milestoneTitle, undatedTitle);
        assertThat(html("/timeline?to=2081&mission=" + acronym)).contains("Funding, for", milestoneTitle)
                .doesNotContain(undatedTitle);
        assertThat(html("/timeline?from=2085&to=2089")).doesNotContain(trainingTitle, otherMilestoneTitle);
        assertThat(html("/timeline?kind=TRAINING&theme=wps&from=2082&to=2082")).contains(trainingTitle, "1 entry.");
    }

    @Test
    void theVisualTimelineDrawsEveryDatedEntryOfTheListAsALinkWithAnAccessibleName() throws Exception {
        String page = html("/timeline?mission=" + mission.getAcronym());
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);

        org.jsoup.select.Elements svg = doc.select("figure.timeline-visual svg.timeline-svg");
        assertThat(svg).hasSize(1);
        assertThat(svg.attr("aria-labelledby")).isEqualTo("timeline-chart-title timeline-chart-desc");
        assertThat(doc.select("#timeline-chart-title").text()).startsWith("The timeline drawn:").contains("2081");
        assertThat(doc.select("#timeline-chart-desc").text()).contains("2 dated records match the filters");
        // the list and the drawing agree: every dated entry of the list is one mark, linking to the same record
        java.util.Set<String> listed = new java.util.HashSet<>(
                doc.select(".timeline-entry:has(.timeline-entry-date) h4 a").eachAttr("href"));
        java.util.Set<String> drawn = new java.util.HashSet<>(svg.select("a.mark:not(.mark-mission)").eachAttr("href"));
        assertThat(drawn).isEqualTo(listed).hasSize(2);
        // accessible names: title, date as stated, kind; the kind's shape and the precision in the classes
        org.jsoup.nodes.Element milestone = svg.select("a.mark-milestone").first();
        assertThat(milestone.attr("aria-label")).isEqualTo(milestoneTitle + " — 5 March 2081 — Milestone");
        assertThat(milestone.hasClass("approximate")).as("a day is exact").isFalse();
        assertThat(milestone.select("path.mark-bar")).as("a point, no bar").isEmpty();
        org.jsoup.nodes.Element fundingMark = svg.select("a.mark-contribution").first();
        assertThat(fundingMark.attr("aria-label")).isEqualTo(fundingTitle + " — 2081 — Contribution");
        assertThat(fundingMark.hasClass("approximate")).as("a year is drawn as the whole year").isTrue();
        assertThat(fundingMark.select("path.mark-bar")).hasSize(1);
        assertThat(fundingMark.select("title").text()).isEqualTo(fundingTitle + " — 2081");
        // the legend names every kind, the precision, the source and the reference line
        assertThat(doc.select(".timeline-legend li")).hasSize(9);
        assertThat(doc.select(".timeline-legend").text()).contains("Milestone", "Training course", "public record",
                "statement, 19 May 2022");
        // No inline script or style (the CSP forbids both): classes only; the one inline script element is the
        // downloads' linked data, a data block browsers do not run.
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\s(src=|type=\"application/ld\\+json\"))")
                .doesNotContain(" style=\"");
    }

    @Test
    void theStatementDateIsTheReferenceLineWhenTheAxisReachesIt() throws Exception {
        org.jsoup.nodes.Document reaching = org.jsoup.Jsoup.parse(html("/timeline?from=2020&to=2023"));
        assertThat(reaching.select("svg .timeline-reference line")).hasSize(1);
        assertThat(reaching.select("svg .timeline-reference text").text()).isEqualTo("Statement, 19 May 2022");

        org.jsoup.nodes.Document later = org.jsoup.Jsoup.parse(html("/timeline?from=2081&to=2084"));
        assertThat(later.select("svg.timeline-svg")).hasSize(1);
        assertThat(later.select("svg .timeline-reference")).isEmpty();
        // the years zoom the axis: one tick per year and the end of the last
        assertThat(later.select("svg .timeline-grid line")).hasSize(5);
    }

    @Test
    void missionsAreBarsOverTheirMandatesTheOpenOnesToThePresent() throws Exception {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html("/timeline"));
        org.jsoup.nodes.Element untac = doc.select("svg a.mark-mission[href=/missions/UNTAC]").first();
        assertThat(untac).isNotNull();
        assertThat(untac.attr("aria-label")).startsWith("UNTAC – ").contains("1992").endsWith("— Mission");
        assertThat(untac.hasClass("open-ended")).isFalse();
        assertThat(doc.select("svg a.mark-mission.open-ended").eachAttr("aria-label"))
                .allSatisfy(label -> assertThat(label).contains("to the present"));
    }

    @Test
    void aYearWithMoreRecordsThanAreDrawnIsACountLinkingToThatYear() throws Exception {
        for (int i = 0; i < TimelineChart.MAX_MARKS_PER_YEAR + 1; i++) {
            records.training(unique("Dense course " + i)).region("middle-africa").inYear(2097).save();
        }
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html("/timeline?from=2096&to=2098"));

        org.jsoup.select.Elements counts = doc.select("svg .lane-training a.mark-count");
        assertThat(counts).hasSize(1);
        assertThat(counts.attr("href")).isEqualTo("/timeline?kind=COURSE&from=2097&to=2097");
        assertThat(counts.select("text").text()).isEqualTo("13");
        assertThat(counts.attr("aria-label")).isEqualTo("13 training courses in 2097: open the list of that year");
        assertThat(doc.select("svg a.mark-training")).as("not drawn one by one").isEmpty();
        assertThat(doc.select(".timeline-entry")).as("the list still gives every one").hasSize(13);
    }

    @Test
    void everyCombinationOfFiltersRendersTheDrawingOrNothingToDraw() throws Exception {
        String acronym = mission.getAcronym();
        for (String kind : new String[]{"", "FINANCIAL", "COURSE", "INITIATIVE", "MILESTONE"}) {
            for (String missionFilter : new String[]{"", acronym}) {
                for (String theme : new String[]{"", "wps"}) {
                    for (String years : new String[]{"", "&from=2081&to=2084"}) {
                        String url = "/timeline?kind=" + kind + "&mission=" + missionFilter + "&theme=" + theme + years;
                        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html(url));
                        boolean dated = doc.select(".timeline-entry .timeline-entry-date").size() > 0;
                        assertThat(doc.select("svg.timeline-svg").size()).as(url).isEqualTo(dated ? 1 : 0);
                        if (dated) {
                            assertThat(doc.select("svg a.mark:not(.mark-mission), svg a.mark-count")).as(url).isNotEmpty();
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "HX-Request={0}: full page={1}")
    @CsvSource({"false, true", "true, false"})
    void oneHandlerServesThePageOrTheFragment(boolean htmx, boolean fullPage) throws Exception {
        MockHttpServletRequestBuilder request = get("/timeline?kind=&mission=" + mission.getAcronym() + "&theme=&from=&to=");
        if (htmx) {
            request.header("HX-Request", "true");
        }
        MockHttpServletResponse response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getHeaders("Vary")).contains("HX-Request");
        assertThat(body).contains("id=\"timeline-browser\"", milestoneTitle, "<svg");
        if (fullPage) {
            assertThat(body).contains("<html", "<h1>Timeline of contributions and events</h1>");
        } else {
            assertThat(body).doesNotContain("<html", "<h1");
            assertThat(response.getHeader("HX-Push-Url")).isEqualTo("/timeline?mission=" + mission.getAcronym());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kind=FOO", "kind=milestone", "kind=' OR 1=1--", "mission=NO-SUCH-MISSION",
            "mission=' OR 1=1--", "theme=no-such-theme", "theme=WPS", "from=abc", "to=2021.5", "from=1899",
            "to=2101", "from=99999999999"})
    void aMalformedOrUnknownFilterIsABadRequest(String parameter) throws Exception {
        String name = parameter.substring(0, parameter.indexOf('='));
        String value = parameter.substring(parameter.indexOf('=') + 1);
        for (String path : new String[]{"/timeline", "/timeline.csv", "/timeline.json"}) {
            mvc.perform(get(path).param(name, value)).andExpect(status().isBadRequest());
        }
    }

    @Test
    void fromAfterToIsABadRequest() throws Exception {
        mvc.perform(get("/timeline?from=2090&to=2080")).andExpect(status().isBadRequest());
        mvc.perform(get("/timeline.csv?from=2090&to=2080")).andExpect(status().isBadRequest());
    }

    @Test
    void japaneseReadersGetJapaneseLabels() throws Exception {
        String page = html("/timeline?lang=ja&mission=" + mission.getAcronym());
        assertThat(page).contains("<h1>貢献と出来事の年表</h1>", ">種類<", "すべてのミッション", ">日付なし<", ">出来事<",
                ">資金<", "2081年3月5日");
    }

    @Test
    void downloadsCarryTheFilteredEntriesInDateOrderWithStableColumns() throws Exception {
        String csv = mvc.perform(get("/timeline.csv?mission=" + mission.getAcronym())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(COLUMNS);
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).extracting(r -> r.get("title")).containsExactly(fundingTitle, milestoneTitle, undatedTitle);
            CSVRecord first = rows.get(0);
            assertThat(first.get("type")).isEqualTo("contribution");
            assertThat(first.get("kind")).isEqualTo("FINANCIAL");
            assertThat(first.get("start")).isEqualTo("2081");
            assertThat(first.get("start_precision")).isEqualTo("YEAR");
            assertThat(first.get("themes")).isEqualTo("wps; partnerships");
            assertThat(first.get("missions")).isEqualTo(mission.getAcronym());
            assertThat(first.get("citation")).isEqualTo("statement#p57");
            assertThat(first.get("provenance")).isEqualTo("STATEMENT");
            assertThat(rows.get(1).get("start")).isEqualTo("2081-03-05");
            assertThat(rows.get(1).get("kind")).isEqualTo("MILESTONE");
            assertThat(rows.get(2).get("year")).isEmpty();
        }

        JsonNode entries = json.readTree(mvc.perform(get("/timeline.json?mission=" + mission.getAcronym()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(entries.size()).isEqualTo(3);
        assertThat(entries.get(0).get("title").asString()).isEqualTo(fundingTitle);
        assertThat(entries.get(0).get("year").asInt()).isEqualTo(2081);
        assertThat(entries.get(2).get("year").isNull()).isTrue();
        assertThat(entries.get(0).propertyNames()).containsExactlyElementsOf(COLUMNS);
    }

    @Test
    void theTimelineRunsAFixedNumberOfStatementsWhateverItHolds() throws Exception {
        // One of each kind of entry in the filtered view, so that no kind's statements are skipped for want of records
        Training first = records.training(unique("First course")).mission(mission).inYear(2080).theme("wps").save();
        records.contributionTo(first, ContributionKind.TRAINING, unique("First trainers"));
        records.initiative(InitiativeKind.UN_INITIATIVE, unique("First initiative"), PartialDate.ofYear(2080), mission);
        QueryCounter counter = new QueryCounter(entityManagerFactory);
        long page = counter.count(() -> mvc.perform(get("/timeline")).andExpect(status().isOk()));
        long filtered = counter.count(() -> mvc.perform(get("/timeline?mission=" + mission.getAcronym() + "&from=2080"))
                .andExpect(status().isOk()));
        long csv = counter.count(() -> mvc.perform(get("/timeline.csv")).andExpect(status().isOk()));

        // More than the batch-fetch size (50), so that lazy loading in a loop would show.
        for (int i = 0; i < 60; i++) {
            records.contribution(ContributionKind.values()[i % ContributionKind.values().length], unique("More " + i),
                    PartialDate.ofYear(2080 + i % 9), null, mission, List.of("conduct", "wps"), 50 + i % 5);
            if (i % 3 == 0) {
                records.milestone(unique("More milestone " + i), PartialDate.ofYear(2080 + i % 9), mission);
                Training course = records.training(unique("More course " + i)).mission(mission)
                        .inYear(2080 + i % 9).theme("wps").save();
                records.contributionTo(course, ContributionKind.TRAINING, unique("More trainers " + i));
                Initiative initiative = records.initiative(InitiativeKind.UN_INITIATIVE, unique("More initiative " + i),
                        PartialDate.ofYear(2080 + i % 9), mission);
                records.contributionTo(initiative, ContributionKind.FINANCIAL, unique("More funding " + i));
            }
        }

        // Missions, themes; the count, the page of entries, the counts per year; contributions (with mission,
        // training, initiative), their themes; trainings, their themes; initiatives, their missions; milestones;
        // which contributions and initiatives cite the statement; the contributions that are part of the trainings
        // and initiatives. The page loads no citations (the downloads do).
        assertThat(page).isLessThanOrEqualTo(14);
        assertThat(counter.count(() -> mvc.perform(get("/timeline")).andExpect(status().isOk()))).isEqualTo(page);
        assertThat(counter.count(() -> mvc.perform(get("/timeline?mission=" + mission.getAcronym() + "&from=2080"))
                .andExpect(status().isOk()))).isEqualTo(filtered);
        assertThat(counter.count(() -> mvc.perform(get("/timeline.csv")).andExpect(status().isOk()))).isEqualTo(csv);
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** True when every part occurs in the page, each after the one before. */
    private static boolean inOrder(String page, String... parts) {
        List<Integer> positions = Arrays.stream(parts).map(page::indexOf).toList();
        return !positions.contains(-1) && positions.stream().sorted(Comparator.naturalOrder()).toList().equals(positions);
    }
}
