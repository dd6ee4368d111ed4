package org.peacerecord.mission;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.initiative.InitiativeKind;
import org.peacerecord.person.Person;
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
import java.util.Locale;
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
class MissionPagesTest {

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
    void listShowsEveryMissionInATableWithPeriodsAtTheirPrecision() throws Exception {
        String acronym = TestRecords.unique();
        records.mission(acronym, "United Nations Operation in Côte d'Ivoire (test)");
        records.flushAndClear();
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM mission", Long.class);

        Document page = html(mvc.perform(get("/missions?sort=start")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select(".result-count").text()).contains(String.valueOf(total));
        assertThat(page.select("table th[scope='col']")).isNotEmpty();
        Element row = page.selectFirst("table.record-table tr:has(a[href='/missions/" + acronym + "'])");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("Côte d’Ivoire", "Peacekeeping operation", "Western Africa", "2004 – June 2017");
        assertThat(page.select(".downloads a").eachAttr("href"))
                .containsExactly("/missions.csv?sort=start", "/missions.json?sort=start");
    }

    @Test
    void listSortsByAcronymOrByStartAndIsPaginated() throws Exception {
        String early = "A" + TestRecords.unique();
        String late = "B" + TestRecords.unique();
        records.mission(late, "Late mission").setStart(PartialDate.ofYear(1901));
        records.mission(early, "Early mission").setStart(PartialDate.ofYear(1900));
        for (int i = 0; i < 25; i++) {
            records.mission("Z" + TestRecords.unique(), "Filler " + i).setStart(null);
        }
        records.flushAndClear();

        Document byStart = html(mvc.perform(get("/missions?sort=start")).andReturn());
        List<String> acronyms = byStart.select("tbody th a").eachText();
        assertThat(acronyms.subList(0, 2)).containsExactly(early, late);
        assertThat(byStart.select("th[aria-sort='ascending']").text()).contains("Period");

        Document byAcronym = html(mvc.perform(get("/missions")).andReturn());
        List<String> sorted = byAcronym.select("tbody th a").eachText();
        assertThat(sorted).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).hasSize(20);
        assertThat(byAcronym.select("nav .pagination a[rel='next']").attr("href")).isEqualTo("/missions?page=2");

        Document second = html(mvc.perform(get("/missions?page=2")).andExpect(status().isOk()).andReturn());
        assertThat(second.select("tbody tr")).isNotEmpty();
        assertThat(second.select("tbody th a").eachText()).doesNotContainAnyElementsOf(sorted);
    }

    @Test
    void missionPageShowsEverythingLinkedToItAndItsCitations() throws Exception {
        String acronym = TestRecords.unique();
        Mission mission = records.mission(acronym, "Test Mission for Linked Records");
        records.contribution("Engineers for " + acronym, ContributionKind.PERSONNEL, mission);
        records.training("Course for " + acronym, mission);
        Person remembered = records.person("Remembered " + acronym, mission);
        remembered.setInMemoriam(true);
        records.milestone("Mandate of " + acronym + " ends", mission);
        records.flushAndClear();

        // the acronym is matched whatever its case
        Document page = html(mvc.perform(get("/missions/" + acronym.toLowerCase(Locale.ROOT))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).contains(acronym, "Test Mission for Linked Records");
        assertThat(page.select(".record-section h2").eachText())
                .anySatisfy(h -> assertThat(h).startsWith("Contributions").contains("(1)"))
                .anySatisfy(h -> assertThat(h).startsWith("Trainings").contains("(1)"))
                .anySatisfy(h -> assertThat(h).startsWith("People").contains("(1)"))
                .anySatisfy(h -> assertThat(h).startsWith("Milestones").contains("(1)"));
        assertThat(page.select(".linked-records a[href^='/contributions/']").text()).isEqualTo("Engineers for " + acronym);
        assertThat(page.select(".linked-records a[href^='/trainings/']").text()).isEqualTo("Course for " + acronym);
        assertThat(page.select(".linked-records a[href='/people/" + remembered.getId() + "']")).hasSize(1);
        Element personItem = page.selectFirst(".linked-records li:has(a[href^='/people/'])");
        assertThat(personItem.select(".in-memoriam-inline").text()).isEqualTo("In memoriam");
        assertThat(personItem.select(".record-label").text()).doesNotContain("In memoriam");
        assertThat(page.select(".linked-records a[href^='/milestones/']").text()).isEqualTo("Mandate of " + acronym + " ends");

        Element quote = page.selectFirst("figure.citation-passage blockquote");
        assertThat(quote).isNotNull();
        assertThat(quote.attr("cite")).isEqualTo("/statement#p27");
        assertThat(quote.text()).isEqualTo(records.passage(27).getPlainText());
        assertThat(page.select("figure.citation-passage figcaption a[href='/statement#p27']")).hasSize(1);
        assertThat(page.select(".citation-external a[href='https://example.org/" + acronym.toLowerCase(Locale.ROOT) + "']")).hasSize(1);
    }

    @Test
    void linkedPeopleMilestonesAndInitiativesAreInTheirTypesOrder() throws Exception {
        String acronym = TestRecords.unique();
        Mission mission = records.mission(acronym, "Ordered mission");
        for (String title : List.of("zz-c ", "ZZ-b ", "zz-a ")) {
            records.person(title + acronym, mission);
            records.initiative(InitiativeKind.UN_INITIATIVE, title + acronym, PartialDate.ofYear(2015), mission);
            // milestones of one date: in the order recorded, as the milestones' list shows them
            records.milestone(title + acronym, PartialDate.ofYear(2010), mission);
        }
        records.flushAndClear();

        Document page = html(mvc.perform(get("/missions/" + acronym)).andExpect(status().isOk()).andReturn());

        // an upper-case name or title used to come first (the test database's collation is C)
        for (String section : List.of("/people/", "/initiatives/")) {
            assertThat(page.select(".linked-records a[href^='" + section + "']").eachText())
                    .containsExactly("zz-a " + acronym, "ZZ-b " + acronym, "zz-c " + acronym);
        }
        assertThat(page.select(".linked-records a[href^='/milestones/']").eachText())
                .containsExactly("zz-c " + acronym, "ZZ-b " + acronym, "zz-a " + acronym);
    }

    @Test
    void aSectionShowsTheFirstFiftyAndLinksToWhereAllAre() throws Exception {
        String acronym = TestRecords.unique();
        Mission mission = records.mission(acronym, "Busy mission");
        for (int i = 0; i < 51; i++) {
            records.contribution(ContributionKind.PERSONNEL, "Busy " + (100 + i), PartialDate.ofYear(2000), null, mission,
                    List.of(), 22);
        }
        records.flushAndClear();

        Document page = html(mvc.perform(get("/missions/" + acronym)).andExpect(status().isOk()).andReturn());

        Element section = page.selectFirst("section.record-section:has(h2:contains(Contributions))");
        assertThat(section.select("li a")).hasSize(50);
        assertThat(section.select("h2 .record-count").text()).isEqualTo("(50+)");
        assertThat(section.select(".record-section-more a").attr("href")).isEqualTo("/timeline?mission=" + acronym);
    }

    @Test
    void missionPageInJapanese() throws Exception {
        String acronym = TestRecords.unique();
        records.mission(acronym, "Japanese UI mission");
        records.flushAndClear();

        Document page = html(mvc.perform(get("/missions/" + acronym).param("lang", "ja")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
        assertThat(page.select(".record-kicker").text()).isEqualTo("平和維持活動");
        assertThat(page.select(".record-facts").text()).contains("受入国 コートジボワール", "2004年～2017年6月");
        assertThat(page.select("#citations-heading").text()).isEqualTo("出典");
    }

    @Test
    void unknownMissionIsNotFound() throws Exception {
        mvc.perform(get("/missions/NO-SUCH-MISSION")).andExpect(status().isNotFound());
    }

    @Test
    void downloadsHaveStableColumnsSourcesAndKeepAccentsAndJapanese() throws Exception {
        String acronym = TestRecords.unique();
        records.mission(acronym, "Mission des Nations Unies en Côte d'Ivoire 国連コートジボワール活動");
        records.flushAndClear();

        MvcResult csv = mvc.perform(get("/missions.csv")).andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("attachment", "missions.csv");
        assertThat(csvHeader(csv)).containsExactly("acronym", "name", "kind", "host_country", "host_country_codes", "region_code", "region",
                "start", "start_precision", "end", "end_precision", "description", "sources");
        List<CSVRecord> rows = csvRecords(csv);
        assertThat(rows).hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM mission", Integer.class));
        CSVRecord row = rows.stream().filter(r -> r.get("acronym").equals(acronym)).findFirst().orElseThrow();
        assertThat(row.get("name")).isEqualTo("Mission des Nations Unies en Côte d'Ivoire 国連コートジボワール活動");
        assertThat(row.get("start")).isEqualTo("2004");
        assertThat(row.get("end")).isEqualTo("2017-06");
        assertThat(row.get("end_precision")).isEqualTo("MONTH");
        assertThat(row.get("sources")).isEqualTo("statement#p27 | https://example.org/" + acronym.toLowerCase(Locale.ROOT));

        JsonNode json = json(mvc.perform(get("/missions.json")).andExpect(status().isOk()).andReturn());
        JsonNode item = StreamSupport.stream(json.spliterator(), false)
                .filter(n -> n.get("acronym").asString().equals(acronym)).findFirst().orElseThrow();
        assertThat(item.get("name").asString()).endsWith("国連コートジボワール活動");
        assertThat(item.get("region_code").asString()).isEqualTo("western-africa");
        assertThat(item.get("sources").asString()).startsWith("statement#p27");
    }

    @Test
    void pagesRunAFixedNumberOfQueriesWhateverTheData() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        String acronym = TestRecords.unique();
        Mission mission = records.mission(acronym, "Counted mission");
        records.contribution("First contribution", ContributionKind.FINANCIAL, mission);
        records.person("First person", mission);
        records.flushAndClear();
        long detailBefore = counter.count(() -> mvc.perform(get("/missions/" + acronym)).andExpect(status().isOk()));
        long listBefore = counter.count(() -> mvc.perform(get("/missions")).andExpect(status().isOk()));
        long yearBefore = counter.count(() -> mvc.perform(get("/missions?year=2010")).andExpect(status().isOk()));
        long csvBefore = counter.count(() -> mvc.perform(get("/missions.csv")).andExpect(status().isOk()));

        Mission same = em.find(Mission.class, mission.getId());
        for (int i = 0; i < 5; i++) {
            records.contribution("More contribution " + i, ContributionKind.PERSONNEL, same);
            records.training("More training " + i, same);
            records.person("More person " + i, same);
            records.milestone("More milestone " + i, same);
            records.mission(TestRecords.unique(), "More mission " + i);
        }
        records.flushAndClear();

        assertThat(counter.count(() -> mvc.perform(get("/missions/" + acronym)).andExpect(status().isOk())))
                // the missions' choices (its acronym looked up), the page's six, plus its drawing on the timeline:
                // the choices again (its lane), the counts per year and the marks (the choices, counts and marks kept
                // until the data changes, outside tests: six statements a view there)
                .isEqualTo(detailBefore).isLessThanOrEqualTo(10);
        // count, page, the page's host countries, the map, the missions per year (kept until the data changes,
        // outside tests); with a year chosen, the countries counted in it
        assertThat(counter.count(() -> mvc.perform(get("/missions")).andExpect(status().isOk())))
                .isEqualTo(listBefore).isLessThanOrEqualTo(5);
        assertThat(counter.count(() -> mvc.perform(get("/missions?year=2010")).andExpect(status().isOk())))
                .isEqualTo(yearBefore).isLessThanOrEqualTo(6);
        // missions, their host countries, their sources
        assertThat(counter.count(() -> mvc.perform(get("/missions.csv")).andExpect(status().isOk())))
                .isEqualTo(csvBefore).isLessThanOrEqualTo(3);
    }

    @Test
    void theMissionsAreOnAWorldMapByHostCountryOnTheirListAndTheOverview() throws Exception {
        for (String url : List.of("/missions", "/")) {
            Document page = html(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
            org.jsoup.nodes.Element map = page.selectFirst("section.places-map svg.world-map-svg");
            assertThat(map).as(url).isNotNull();
            assertThat(map.select("a.map-marker").eachAttr("href")).as(url)
                    .contains("/missions/UNMISS", "/missions/UNTAC", "/missions/UNMIT", "/missions/UNOTIL");
            assertThat(map.select("a.map-marker[href=/missions/UNMISS]").attr("aria-label")).as(url)
                    .isEqualTo("UNMISS: United Nations Mission in South Sudan");
            assertThat(map.select("path.map-bin-1")).as("hosts are marked").hasSizeGreaterThanOrEqualTo(6);
            Element timor = page.selectFirst(".places-map tbody tr:has(th:contains(Timor-Leste))");
            assertThat(timor).as(url).isNotNull();
            assertThat(timor.select("a").eachText()).containsExactly("UNMIT", "UNOTIL");
        }
        // With a year chosen, the map shows where the missions running in it were, by number, linking to them
        Document in2010 = html(mvc.perform(get("/missions?year=2010")).andExpect(status().isOk()).andReturn());
        assertThat(in2010.selectFirst(".places-map caption").text()).isEqualTo("Missions running in 2010 by host country");
        Element timor2010 = in2010.selectFirst(".places-map tbody tr:has(th:contains(Timor-Leste))");
        assertThat(timor2010).as("UNMIT ran 2006-2012").isNotNull();
        assertThat(timor2010.select("td a").eachAttr("href")).containsExactly("/missions?country=626&year=2010");
        assertThat(timor2010.select("td a").text()).isEqualTo("1");
        assertThat(in2010.selectFirst(".places-map tbody tr:has(th:contains(Cambodia))")).as("UNTAC ended in 1993").isNull();
        Document timorLeste = html(mvc.perform(get("/missions?country=626")).andExpect(status().isOk()).andReturn());
        assertThat(timorLeste.select("table.record-table tbody th a").eachText()).containsExactly("UNMIT", "UNOTIL");
        mvc.perform(get("/missions?country=999")).andExpect(status().isBadRequest());
    }

    @Test
    void theYearFilterListsTheMissionsWhoseMandateRanDuringItWithCounts() throws Exception {
        // Far-off years, so that the seed's missions take no part, and a mission still running
        String before = TestRecords.unique();
        String during = TestRecords.unique();
        String running = TestRecords.unique();
        records.mission(before, "Ended in the year (test)").setEnd(PartialDate.ofYear(2090)); // 2004 – 2090
        Mission d = records.mission(during, "Ran within the year (test)");
        d.setStart(PartialDate.ofMonth(2091, 3));
        d.setEnd(PartialDate.ofMonth(2091, 5));
        Mission r = records.mission(running, "Still running (test)");
        r.setStart(PartialDate.ofYear(2003));
        r.setEnd(null);
        records.flushAndClear();

        Document page = html(mvc.perform(get("/missions?year=2090&sort=start")).andExpect(status().isOk()).andReturn());
        assertThat(page.select("table.record-table tbody th a").eachText())
                .as("a mission still running runs up to today, not into years to come").containsExactly(before);
        assertThat(page.selectFirst("#filter-year option[selected]").val()).isEqualTo("2090");
        assertThat(html(mvc.perform(get("/missions?year=2091")).andReturn())
                .select("table.record-table tbody th a").eachText()).containsExactly(during);
        assertThat(html(mvc.perform(get("/missions?year=2005")).andReturn())
                .select("table.record-table tbody th a").eachText()).contains(before, running).doesNotContain(during);
        // Options: the years missions ran, latest first, each with how many ran in it; the countries counted in the year
        Document all = html(mvc.perform(get("/missions")).andExpect(status().isOk()).andReturn());
        assertThat(all.select("#filter-year option").eachAttr("value")).startsWith("", "2091", "2090", "2089");
        assertThat(all.selectFirst("#filter-year option[value=2091]").text()).isEqualTo("2091 (1)");
        assertThat(all.selectFirst("#filter-year option[value=2090]").text()).isEqualTo("2090 (1)");
        assertThat(page.select("#filter-country option").eachAttr("value")).containsExactly("", "384");
        assertThat(page.selectFirst("#filter-country option[value=384]").text()).endsWith("(1)");
        // The API takes the same filter; a malformed or impossible year is a 400
        JsonNode api = json(mvc.perform(get("/api/v1/missions?year=2091")).andExpect(status().isOk()).andReturn());
        assertThat(api.get("total").asInt()).isEqualTo(1);
        mvc.perform(get("/missions?year=abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/missions?year=1200")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/missions?year=3000")).andExpect(status().isBadRequest());
    }
}
