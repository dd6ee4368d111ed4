package org.peacerecord.training;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacerecord.mission.Mission;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Provenance;
import org.peacerecord.shared.Qualifier;
import org.peacerecord.shared.Quantity;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.TestRecords.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trainings list and detail pages, on PostgreSQL. Each test creates its own trainings, in years or regions
 * the seed does not use, so that counts are exact whatever else the database holds.
 */
@PostgresTest
class TrainingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

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
    void aRegionMatchesItsOwnRecordsAndThoseOfItsSubRegions() throws Exception {
        String inSouthEastAsia = unique("Course in South-eastern Asia");
        String inAsiaPacific = unique("Course for all of Asia and the Pacific");
        records.training(inSouthEastAsia).region("southeast-asia").inYear(2090).save();
        records.training(inAsiaPacific).region("asia-pacific").inYear(2090).save();

        assertThat(html("/trainings?region=asia-pacific&year=2090")).contains(inSouthEastAsia, inAsiaPacific);
        assertThat(html("/trainings?region=southeast-asia&year=2090")).contains(inSouthEastAsia)
                .doesNotContain(inAsiaPacific);
        assertThat(html("/trainings?region=east-asia&year=2090")).doesNotContain(inSouthEastAsia, inAsiaPacific);
        assertThat(html("/trainings?region=africa&year=2090")).doesNotContain(inSouthEastAsia, inAsiaPacific);
    }

    @Test
    void facetCountsApplyEveryOtherFilterButNotTheirOwn() throws Exception {
        records.training(unique("SEA engineering 1")).region("southeast-asia").inYear(2091).save();
        records.training(unique("SEA engineering 2")).region("southeast-asia").inYear(2091).save();
        records.training(unique("SEA medical")).region("southeast-asia").inYear(2091)
                .discipline(Discipline.MEDICAL).mode(DeliveryMode.REMOTE).save();
        records.training(unique("East Africa engineering")).region("eastern-africa").inYear(2091).save();

        String page = html("/trainings?region=southeast-asia&discipline=ENGINEERING&year=2091");

        assertThat(resultCount(page)).isEqualTo(2);
        // Regions ignore the region filter: engineering courses of 2091 in each region.
        assertThat(page).contains(">All of Asia and the Pacific (2)<", ">South-eastern Asia (2)<",
                ">All of Africa (1)<", ">Eastern Africa (1)<", ">Western Africa (0)<");
        // Disciplines ignore the discipline filter: South-east Asian courses of 2091.
        assertThat(page).contains(">Engineering (2)<", ">Medical (1)<", ">Demining (0)<");
        // Modes and sources apply region, discipline and year.
        assertThat(page).contains(">In person (2)<", ">Remote (0)<", ">Public record (2)<", ">Statement (0)<");
        // Years ignore the year filter, yet the count for 2091 stays exact.
        assertThat(page).contains(">2091 (2)<");
        assertThat(page).containsPattern("<option value=\"southeast-asia\"\\s+selected=\"selected\">");
    }

    @Test
    void aTrainingMatchesEveryYearItsPeriodOverlapsAndAnUndatedOneMatchesNone() throws Exception {
        String spanning = unique("Course across the new year");
        String undated = unique("Undated course");
        records.training(spanning).region("oceania")
                .period(PartialDate.ofMonth(2092, 11), PartialDate.ofMonth(2093, 2)).save();
        records.training(undated).region("oceania").save();

        assertThat(html("/trainings?region=oceania&year=2092")).contains(spanning).doesNotContain(undated);
        assertThat(html("/trainings?region=oceania&year=2093")).contains(spanning).doesNotContain(undated);
        assertThat(html("/trainings?region=oceania&year=2094")).doesNotContain(spanning, undated);
        assertThat(html("/trainings?region=oceania&year=2091")).doesNotContain(spanning, undated);

        String all = html("/trainings?region=oceania");
        assertThat(all).contains(spanning, undated, "November 2092 – February 2093", "Date not stated");
        assertThat(all).contains(">2092 (1)<", ">2093 (1)<").doesNotContain(">2094 (");
    }

    @Test
    void theSourceFilterSeparatesTheStatementFromThePublicRecordAndEachResultCarriesItsBadge() throws Exception {
        String fromStatement = unique("Statement course");
        String fromPublicRecord = unique("Public-record course");
        records.training(fromStatement).provenance(Provenance.STATEMENT).inYear(2093).region("middle-east").save();
        records.training(fromPublicRecord).inYear(2093).region("middle-east").save();

        String statement = html("/trainings?region=middle-east&source=STATEMENT");
        assertThat(statement).contains(fromStatement).doesNotContain(fromPublicRecord);
        assertThat(badgeAfter(statement, fromStatement)).isEqualTo("Statement");

        String publicRecord = html("/trainings?region=middle-east&source=PUBLIC_RECORD");
        assertThat(publicRecord).contains(fromPublicRecord).doesNotContain(fromStatement);
        assertThat(badgeAfter(publicRecord, fromPublicRecord)).isEqualTo("Public record");
    }

    @Test
    void resultsSortByDateEitherWayWithUndatedLastOrByTitle() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String march = "Bravo " + marker;
        String september = "Alpha " + marker;
        String june = "Charlie " + marker;
        String undated = "Delta " + marker;
        records.training(march).region("southern-europe").period(PartialDate.ofMonth(2094, 3), null).save();
        records.training(september).region("southern-europe").period(PartialDate.ofMonth(2094, 9), null).save();
        records.training(june).region("southern-europe").period(PartialDate.ofMonth(2094, 6), null).save();
        records.training(undated).region("southern-europe").save();

        assertThat(order(html("/trainings?region=southern-europe"), march, september, june, undated))
                .containsExactly(september, june, march, undated);
        assertThat(order(html("/trainings?region=southern-europe&sort=date-asc"), march, september, june, undated))
                .containsExactly(march, june, september, undated);
        assertThat(order(html("/trainings?region=southern-europe&sort=title"), march, september, june, undated))
                .containsExactly(september, march, june, undated);
    }

    @Test
    void pagesOfTwentyWithTheResultCountAndAnEmptyPagePastTheEnd() throws Exception {
        for (int i = 1; i <= 25; i++) {
            records.training(unique("Paged course " + i)).region("northern-europe").inYear(2095).save();
        }
        String first = html("/trainings?region=northern-europe&year=2095");
        assertThat(occurrences(first, "class=\"training-result\"")).isEqualTo(org.peacerecord.web.ListPages.SIZE);
        assertThat(first).contains("25 trainings match.", "Showing 1 to 20 of 25.");
        assertThat(first).contains("page=2\" rel=\"next\"");

        String second = html("/trainings?region=northern-europe&year=2095&page=2");
        assertThat(occurrences(second, "class=\"training-result\"")).isEqualTo(5);
        assertThat(second).contains("Showing 21 to 25 of 25.", "rel=\"prev\"");

        String pastTheEnd = html("/trainings?region=northern-europe&year=2095&page=3");
        assertThat(occurrences(pastTheEnd, "class=\"training-result\"")).isZero();
        assertThat(pastTheEnd).contains("25 trainings match.", "There are no results on this page.");
    }

    @ParameterizedTest(name = "HX-Request={0}, history restore={1}: full page={2}")
    @CsvSource({"false, false, true", "true, false, false", "true, true, true"})
    void oneHandlerServesTheFullPageOrForHtmxTheFiltersAndResults(boolean htmx, boolean historyRestore,
                                                                 boolean fullPage) throws Exception {
        MockHttpServletRequestBuilder request = get("/trainings?region=africa&discipline=&mode=&year=&sort=date");
        if (htmx) {
            request.header("HX-Request", "true");
        }
        if (historyRestore) {
            request.header("HX-History-Restore-Request", "true");
        }
        MockHttpServletResponse response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getHeaders("Vary")).contains("HX-Request");
        assertThat(body).contains("id=\"training-browser\"", "id=\"training-results-heading\"", "id=\"filter-region\"");
        if (fullPage) {
            assertThat(body).contains("<html", "<h1>Trainings</h1>", "<nav");
            assertThat(response.getHeader("HX-Push-Url")).isNull();
        } else {
            assertThat(body).doesNotContain("<html", "<h1", "<nav class=\"navbar");
            assertThat(response.getHeader("HX-Push-Url")).isEqualTo("/trainings?region=africa");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"region=' OR 1=1--", "region=atlantis", "region=<script>", "region=AFRICA",
            "year=abc", "year=1899", "year=2101", "year=2021.5", "page=0", "page=-1", "page=10001",
            "page=99999999999", "discipline=FOO", "discipline=engineering", "mode=BY_PIGEON", "source=RUMOUR",
            "sort=random", "sort=' OR 1=1--"})
    void aMalformedOrUnknownFilterIsABadRequestOnThePageAndTheDownloads(String parameter) throws Exception {
        String name = parameter.substring(0, parameter.indexOf('='));
        String value = parameter.substring(parameter.indexOf('=') + 1);
        for (String path : new String[]{"/trainings", "/trainings.csv", "/trainings.json"}) {
            mvc.perform(get(path).param(name, value)).andExpect(status().isBadRequest());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/trainings/abc", "/trainings/0", "/trainings/999999999999", "/trainings/1.5",
            "/trainings/-1", "/trainings/99999999999999999999999"})
    void anUnknownOrNonNumericTrainingIsNotFound(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    @Test
    void theDetailShowsEverythingAboutATrainingWithItsSources() throws Exception {
        Mission mission = records.mission("ZT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        String title = unique("Detailed course");
        Training training = records.training(title).region("southeast-asia").mode(DeliveryMode.REMOTE)
                .period(PartialDate.ofDay(LocalDate.of(2090, 3, 2)), PartialDate.ofMonth(2090, 4))
                .trainees(new Quantity(30, Qualifier.APPROXIMATELY)).country("Viet Nam").partners("UN DOS; Japan")
                .notes("Dates from a press release.").mission(mission).theme("partnerships").theme("wps")
                .citingPassage(53).citingUrl("UN press release", "https://example.org/press/tpp").save();

        String page = html("/trainings/" + training.getId());

        assertThat(occurrences(page, "<h1")).isEqualTo(1);
        assertThat(page).contains("<h1>" + title + "</h1>", "Public record", "Triangular Partnership Programme (TPP)",
                "href=\"/trainings?region=southeast-asia\"", "href=\"/trainings?region=asia-pacific\"",
                "Viet Nam", "Remote", "2 March 2090 – April 2090", "about 30", "UN DOS; Japan",
                "href=\"/missions/" + mission.getAcronym() + "\"", "href=\"/themes/partnerships\"",
                "href=\"/themes/wps\"", "Dates from a press release.", "Source reliability",
                "<blockquote class=\"citation\"", "href=\"/statement#p53\"", "Statement, paragraph 53",
                "href=\"https://example.org/press/tpp\"", "Last updated");
        // Themes in the A4P Declaration's order (WPS is second, partnerships sixth), whatever the insertion order.
        assertThat(page.indexOf("/themes/wps")).isLessThan(page.indexOf("/themes/partnerships"));
    }

    @Test
    void japaneseReadersGetJapaneseLabels() throws Exception {
        Training training = records.training(unique("Course")).region("southeast-asia").inYear(2090).save();

        assertThat(html("/trainings?lang=ja")).contains("<h1>研修</h1>", ">地域<", "すべての地域", "絞り込む",
                "件の研修が該当します", "lang=\"ja\"");
        assertThat(html("/trainings/" + training.getId() + "?lang=ja")).contains(">出典<", "最終更新", "東南アジア",
                "公開記録");
        assertThat(html("/trainings?lang=en")).contains("<h1>Trainings</h1>", ">Region<");
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static long resultCount(String page) {
        Matcher matcher = Pattern.compile("(\\d+) trainings? match").matcher(page);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    /** The titles in the order the page lists them. */
    private static List<String> order(String page, String... titles) {
        return Arrays.stream(titles).filter(page::contains).sorted(Comparator.comparingInt(page::indexOf)).toList();
    }

    /** The text of the first source badge after the title. */
    private static String badgeAfter(String page, String title) {
        Matcher matcher = Pattern.compile("source-badge[^\"]*\">([^<]+)<").matcher(page);
        return matcher.find(page.indexOf(title)) ? matcher.group(1) : null;
    }
}
