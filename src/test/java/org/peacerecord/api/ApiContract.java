package org.peacerecord.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.mission.Mission;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Qualifier;
import org.peacerecord.shared.Quantity;
import org.peacerecord.support.TestRecords;
import org.peacerecord.training.Training;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.Pages.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

/**
 * The read API's contract, on both databases ({@code ApiOnPostgresTest}, {@code ApiOnH2Test}): the lists filter, sort
 * and page as their pages do, with totals and links; a record has its download's fields, its citations with the
 * passage's text and the external source's details, its related records; errors are problem details; CORS is open;
 * answers revalidate with ETags. Each test makes its own records, in years no seed record has.
 */
abstract class ApiContract {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    String token;

    @BeforeEach
    void token() {
        token = TestRecords.unique();
    }

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    private JsonNode getJson(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).as(url).startsWith("application/json");
        return json(result);
    }

    private static List<String> values(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path(field).asString()).toList();
    }

    @Test
    void aListFiltersSortsAndPagesAsItsPageDoes() throws Exception {
        for (int i = 0; i < 22; i++) {
            records.training(String.format("%s course %02d", token, i)).region("oceania").inYear(2093).save();
        }
        records.training(token + " elsewhere").region("eastern-africa").inYear(2093).save();

        JsonNode first = getJson("/api/v1/trainings?region=oceania&year=2093&sort=title");
        assertThat(first.path("total").asLong()).isEqualTo(22);
        assertThat(first.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("page_size").asInt()).isEqualTo(20);
        assertThat(first.path("pages").asInt()).isEqualTo(2);
        assertThat(first.path("license").asString()).isEqualTo("CC-BY-4.0");
        assertThat(values(first.path("items"), "title")).hasSize(20).isSorted().startsWith(token + " course 00");
        assertThat(values(first.path("items"), "region")).containsOnly("oceania");
        JsonNode links = first.path("links");
        assertThat(links.path("self").asString()).isEqualTo("http://localhost/api/v1/trainings?region=oceania&year=2093&sort=title");
        assertThat(links.path("prev").isNull()).isTrue();
        assertThat(links.path("next").asString()).isEqualTo("http://localhost/api/v1/trainings?region=oceania&year=2093&sort=title&page=2");
        assertThat(links.path("last").asString()).isEqualTo(links.path("next").asString());

        JsonNode second = getJson(links.path("next").asString().substring("http://localhost".length()));
        assertThat(values(second.path("items"), "title")).containsExactly(token + " course 20", token + " course 21");
        assertThat(second.path("links").path("prev").asString()).isEqualTo(links.path("first").asString());
        assertThat(second.path("links").path("next").isNull()).isTrue();

        JsonNode item = first.path("items").path(0);
        assertThat(item.path("url").asString()).startsWith("http://localhost/trainings/");
        assertThat(item.path("api_url").asString()).isEqualTo("http://localhost/api/v1/trainings/" + item.path("id").asLong());
        assertThat(item.path("start").asString()).isEqualTo("2093");
        assertThat(item.path("start_precision").asString()).isEqualTo("YEAR");
    }

    @Test
    void aRecordHasItsFieldsCitationsAndRelatedRecords() throws Exception {
        Training training = records.training(token + " surveyors").region("oceania")
                .period(PartialDate.ofMonth(2093, 12), null).trainees(new Quantity(40, Qualifier.APPROXIMATELY))
                .citingPassage(53).citingUrl("Course report " + token, "https://example.org/" + token).save();
        records.contributionTo(training, ContributionKind.TRAINING, token + " instructors");

        JsonNode record = getJson("/api/v1/trainings/" + training.getId());
        assertThat(record.path("title").asString()).isEqualTo(token + " surveyors");
        assertThat(record.path("type").asString()).isEqualTo("trainings");
        assertThat(record.path("start").asString()).isEqualTo("2093-12");
        assertThat(record.path("start_precision").asString()).isEqualTo("MONTH");
        assertThat(record.path("trainees").asLong()).isEqualTo(40);
        assertThat(record.path("trainees_qualifier").asString()).isEqualTo("APPROXIMATELY");
        assertThat(record.path("url").asString()).isEqualTo("http://localhost/trainings/" + training.getId());

        JsonNode passage = record.path("citations").path(0);
        assertThat(passage.path("kind").asString()).isEqualTo("passage");
        assertThat(passage.path("passage").asInt()).isEqualTo(53);
        assertThat(passage.path("text").asString()).isEqualTo(records.passage(53).getPlainText());
        assertThat(passage.path("url").asString()).isEqualTo("http://localhost/statement#p53");
        assertThat(passage.path("api_url").asString()).isEqualTo("http://localhost/api/v1/statement/passages/53");
        JsonNode external = record.path("citations").path(1);
        assertThat(external.path("kind").asString()).isEqualTo("external");
        assertThat(external.path("title").asString()).isEqualTo("Course report " + token);
        assertThat(external.path("url").asString()).isEqualTo("https://example.org/" + token);

        List<String> related = new ArrayList<>();
        record.path("related").forEach(section -> section.path("items").forEach(item ->
                related.add(section.path("type").asString() + ": " + item.path("title").asString())));
        assertThat(related).containsExactly("contributions: " + token + " instructors");
        assertThat(record.path("cite").path("bibtex").asString())
                .isEqualTo("http://localhost/cite.bib?record=TRAINING-" + training.getId());
        assertThat(record.path("history_url").asString())
                .isEqualTo("http://localhost/history?record=TRAINING-" + training.getId());

        // the related record's API address answers, and names the course as its own related record
        String contribution = record.path("related").path(0).path("items").path(0).path("api_url").asString();
        JsonNode part = getJson(contribution.substring("http://localhost".length()));
        assertThat(part.path("training_id").asLong()).isEqualTo(training.getId());
    }

    @Test
    void moneyComesWithItsCurrencyAndEveryListAnswers() throws Exception {
        JsonNode funding = getJson("/api/v1/contributions?kind=FINANCIAL");
        assertThat(StreamSupport.stream(funding.path("items").spliterator(), false)
                .filter(c -> !c.path("amount").isNull()))
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.path("amount").isNumber()).isTrue();
                    assertThat(c.path("amount_currency").asString()).matches("[A-Z]{3}");
                });
        JsonNode index = getJson("/api/v1");
        List<String> lists = new ArrayList<>();
        index.path("lists").properties().forEach(list -> lists.add(list.getKey()));
        assertThat(lists).containsExactly("contributions", "figures", "initiatives", "milestones", "missions", "people",
                "regions", "statement", "themes", "trainings");
        for (String list : lists) {
            JsonNode page = getJson(index.path("lists").path(list).asString().substring("http://localhost".length()));
            assertThat(page.path("total").asLong()).as(list).isPositive();
            JsonNode first = page.path("items").path(0);
            assertThat(getJson(first.path("api_url").asString().substring("http://localhost".length())).isObject())
                    .as(list).isTrue();
        }
    }

    @Test
    void aRegionIsARecordWhosePageIsItsTrainings() throws Exception {
        JsonNode regions = getJson("/api/v1/regions");
        JsonNode africa = StreamSupport.stream(regions.path("items").spliterator(), false)
                .filter(r -> r.path("code").asString().equals("africa")).findFirst().orElseThrow();
        assertThat(africa.path("url").asString()).isEqualTo("http://localhost/trainings?region=africa");
        assertThat(africa.path("api_url").asString()).isEqualTo("http://localhost/api/v1/regions/africa");
        JsonNode eastern = getJson("/api/v1/regions/eastern-africa");
        assertThat(eastern.path("type").asString()).isEqualTo("regions");
        assertThat(eastern.path("parent").asString()).isEqualTo("africa");
        assertThat(eastern.path("name_ja").asString()).isNotBlank();
        assertThat(eastern.path("api_url").asString()).isEqualTo("http://localhost/api/v1/regions/eastern-africa");
        assertThat(eastern.path("citations").isArray()).isTrue();
        assertProblem("/api/v1/regions/atlantis", 404, "No such record.");
    }

    @Test
    void aPassageListsTheRecordsCitingIt() throws Exception {
        Mission mission = records.mission(token, "Mission " + token);
        records.contribution(ContributionKind.PERSONNEL, token + " officers", null, null, mission, List.of(), 41);
        JsonNode passage = getJson("/api/v1/statement/passages/41");
        assertThat(passage.path("number").asInt()).isEqualTo(41);
        assertThat(passage.path("text").asString()).isEqualTo(records.passage(41).getPlainText());
        assertThat(passage.path("url").asString()).isEqualTo("http://localhost/statement#p41");
        JsonNode citing = passage.path("cited_by");
        assertThat(citing.path("total").asLong()).isPositive();
        List<String> titles = new ArrayList<>();
        for (int page = 1; page <= citing.path("pages").asInt(); page++) {
            titles.addAll(values(getJson("/api/v1/statement/passages/41?page=" + page).path("cited_by").path("items"),
                    "title"));
        }
        assertThat(titles).hasSize((int) citing.path("total").asLong()).contains(token + " officers");

        JsonNode statement = getJson("/api/v1/statement?page=3");
        assertThat(statement.path("total").asLong()).isEqualTo(96);
        assertThat(statement.path("items").path(0).path("number").asInt()).isEqualTo(41);
        assertThat(statement.path("items").path(0).path("api_url").asString())
                .isEqualTo("http://localhost/api/v1/statement/passages/41");
    }

    @Test
    void invalidParametersAreProblemDetails() throws Exception {
        MockHttpServletResponse badYear = mvc.perform(get("/api/v1/trainings?year=1800&page=0")).andReturn().getResponse();
        assertThat(badYear.getStatus()).isEqualTo(400);
        assertThat(badYear.getContentType()).startsWith("application/problem+json");
        JsonNode problem = tools.jackson.databind.json.JsonMapper.builder().build().readTree(badYear.getContentAsString());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/trainings");
        assertThat(values(problem.path("errors"), "parameter")).containsExactlyInAnyOrder("year", "page");
        assertThat(values(problem.path("errors"), "message")).contains("must be greater than or equal to 1900");

        MockHttpServletResponse notANumber = mvc.perform(get("/api/v1/trainings?year=abc")).andReturn().getResponse();
        assertThat(notANumber.getStatus()).isEqualTo(400);
        assertThat(notANumber.getContentAsString()).contains(
                "{\"parameter\":\"year\",\"value\":\"abc\",\"message\":\"not a valid value\"}");

        assertProblem("/api/v1/trainings?region=atlantis", 400, "Unknown region 'atlantis'.");
        assertProblem("/api/v1/trainings?sort=price", 400, "One or more parameters are invalid.");
        assertProblem("/api/v1/trainings/999999999999", 404, "No such record.");
        assertProblem("/api/v1/missions/NOWHERE", 404, "No such record.");
        assertProblem("/api/v1/themes/nothing", 404, "No such record.");
        assertProblem("/api/v1/statement/passages/9999", 404, "No such record.");
        assertProblem("/api/v1/trainings/abc", 404, "No such address in the API.");
        assertProblem("/api/v1/no-such-list", 404, "No such address in the API.");
    }

    private void assertProblem(String url, int status, String detail) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(status);
        assertThat(response.getContentType()).as(url).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).as(url).contains("\"detail\":\"" + detail + "\"");
    }

    @Test
    void anyOriginMayReadItAndRevalidate() throws Exception {
        MockHttpServletResponse plain = mvc.perform(get("/api/v1/missions")).andReturn().getResponse();
        MockHttpServletResponse fromElsewhere = mvc.perform(get("/api/v1/missions")
                .header(HttpHeaders.ORIGIN, "https://researcher.example")).andReturn().getResponse();
        for (MockHttpServletResponse response : List.of(plain, fromElsewhere)) {
            assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
            assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isNull();
        }
        MockHttpServletResponse preflight = mvc.perform(options("/api/v1/missions")
                .header(HttpHeaders.ORIGIN, "https://researcher.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "if-none-match")).andReturn().getResponse();
        assertThat(preflight.getStatus()).isEqualTo(204);
        assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("GET");
        assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS)).containsIgnoringCase("If-None-Match");

        String etag = plain.getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        MockHttpServletResponse revalidated = mvc.perform(get("/api/v1/missions")
                .header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse();
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");

        records.mission(token, "Changed " + token);
        assertThat(mvc.perform(get("/api/v1/missions").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
