package org.peacerecord.contribution;

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
import org.peacerecord.shared.Money;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Qualifier;
import org.peacerecord.shared.Quantity;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.Pages.csvHeader;
import static org.peacerecord.support.Pages.csvRecords;
import static org.peacerecord.support.Pages.html;
import static org.peacerecord.support.Pages.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgresTest
@Transactional
class ContributionPagesTest {

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
    String token;
    Mission mission;
    Contribution financialWps;
    Contribution personnel;
    Contribution financialWpsWithoutMission;

    @BeforeEach
    void setUp() {
        token = TestRecords.unique();
        mission = records.mission(token, "Mission " + token);
        financialWps = records.contribution("B funding " + token, ContributionKind.FINANCIAL, mission);
        financialWps.replaceThemes(Set.of(records.theme("wps")));
        financialWps.setStart(PartialDate.ofYear(2015));
        personnel = records.contribution("A engineers " + token, ContributionKind.PERSONNEL, mission);
        personnel.setStart(PartialDate.ofMonth(2019, 3));
        financialWpsWithoutMission = records.contribution("C grant " + token, ContributionKind.FINANCIAL, null);
        financialWpsWithoutMission.replaceThemes(Set.of(records.theme("wps")));
    }

    private List<String> titles(String url) throws Exception {
        records.flushAndClear();
        return html(mvc.perform(get(url)).andExpect(status().isOk()).andReturn()).select("tbody th a").eachText();
    }

    @Test
    void filtersByMissionKindAndTheme() throws Exception {
        assertThat(titles("/contributions?mission=" + token)).containsExactlyInAnyOrder(
                financialWps.getTitle(), personnel.getTitle());
        assertThat(titles("/contributions?mission=" + token.toLowerCase(Locale.ROOT) + "&kind=FINANCIAL"))
                .containsExactly(financialWps.getTitle());
        assertThat(titles("/contributions?theme=wps&kind=FINANCIAL"))
                .contains(financialWps.getTitle(), financialWpsWithoutMission.getTitle())
                .doesNotContain(personnel.getTitle())
                .hasSize(jdbc.queryForObject("""
                        SELECT COUNT(*) FROM contribution c JOIN contribution_theme ct ON ct.contribution_id = c.id
                        JOIN a4p_theme t ON t.id = ct.theme_id WHERE t.code = 'wps' AND c.kind = 'FINANCIAL'""", Integer.class));

        Document none = html(mvc.perform(get("/contributions?mission=" + token + "&kind=CONDUCT")).andExpect(status().isOk()).andReturn());
        assertThat(none.select("tbody tr")).isEmpty();
        assertThat(none.text()).contains("No contributions match these filters.");
        // a mission or theme that does not exist is a malformed filter, as on every list
        mvc.perform(get("/contributions?mission=NO-SUCH-MISSION")).andExpect(status().isBadRequest());
        mvc.perform(get("/contributions?theme=no-such-theme")).andExpect(status().isBadRequest());
    }

    @Test
    void theFilterFormIsAGetFormWithLabelledControlsKeepingTheChoices() throws Exception {
        records.flushAndClear();
        Document page = html(mvc.perform(get("/contributions?kind=FINANCIAL&mission=" + token)).andReturn());

        Element form = page.selectFirst("form#contribution-filters");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/contributions");
        for (Element control : form.select("select")) {
            assertThat(page.select("label[for='" + control.id() + "']")).as(control.id()).hasSize(1);
        }
        assertThat(form.select("select[name='kind'] option[selected]").val()).isEqualTo("FINANCIAL");
        assertThat(form.select("select[name='mission'] option[selected]").val()).isEqualTo(token);
        assertThat(page.select(".downloads a").eachAttr("href")).containsExactly(
                "/contributions.csv?kind=FINANCIAL&mission=" + token, "/contributions.json?kind=FINANCIAL&mission=" + token);
    }

    @Test
    void sortsByStartEitherWayOrByTitle() throws Exception {
        assertThat(titles("/contributions?mission=" + token + "&sort=start"))
                .containsExactly(financialWps.getTitle(), personnel.getTitle());
        assertThat(titles("/contributions?mission=" + token + "&sort=-start"))
                .containsExactly(personnel.getTitle(), financialWps.getTitle());
        assertThat(titles("/contributions?mission=" + token + "&sort=title"))
                .containsExactly(personnel.getTitle(), financialWps.getTitle());
    }

    @Test
    void listIsPaginatedKeepingTheFilters() throws Exception {
        for (int i = 0; i < 23; i++) {
            records.contribution(String.format("Paged %02d %s", i, token), ContributionKind.IN_KIND, mission);
        }
        records.flushAndClear();

        Document first = html(mvc.perform(get("/contributions?mission=" + token + "&sort=title")).andReturn());
        assertThat(first.select("tbody tr")).hasSize(20);
        assertThat(first.select(".result-count").text()).isEqualTo("25 contributions");
        assertThat(first.select(".pagination a[rel='next']").attr("href"))
                .isEqualTo("/contributions?mission=" + token + "&sort=title&page=2");

        Document second = html(mvc.perform(get("/contributions?mission=" + token + "&sort=title&page=2")).andReturn());
        assertThat(second.select("tbody tr")).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theSameHandlerAnswersHtmxWithTheResultsOnly(boolean htmx) throws Exception {
        records.flushAndClear();
        var request = get("/contributions?mission=" + token);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        MvcResult result = mvc.perform(request).andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request"))).andReturn();
        String body = result.getResponse().getContentAsString();
        Document page = html(result);

        assertThat(page.select("#contribution-browser tbody tr")).hasSize(2);
        if (htmx) {
            assertThat(body).doesNotContain("<html", "<h1");
            assertThat(body.strip()).startsWith("<div id=\"contribution-browser\"");
            assertThat(result.getResponse().getHeader("HX-Push-Url")).isEqualTo("/contributions?mission=" + token);
        } else {
            assertThat(body).contains("<html");
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.select("form#contribution-filters").attr("data-hx-get")).isEqualTo("/contributions");
            assertThat(page.select("form#contribution-filters").attr("data-hx-target")).isEqualTo("#contribution-browser");
        }
    }

    @Test
    void htmxHistoryRestoreGetsTheFullPage() throws Exception {
        records.flushAndClear();
        String body = mvc.perform(get("/contributions").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("<html", "<form");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/contributions?page=abc", "/contributions?kind=BOGUS", "/contributions.csv?kind=nope",
            "/contributions?page=99999999999"})
    void malformedFilterValuesAreBadRequests(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/contributions/abc", "/contributions/999999999", "/contributions/1e3"})
    void unknownContributionsAreNotFound(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isNotFound());
    }

    @Test
    void contributionPageShowsEveryFactAtItsTruePrecision() throws Exception {
        Contribution tpp = records.contribution("Funding " + token, ContributionKind.FINANCIAL, mission);
        tpp.setAmount(new Money(new BigDecimal("90000000"), "USD", Qualifier.APPROXIMATELY));
        tpp.setHeadcount(new Quantity(20, Qualifier.MORE_THAN));
        tpp.setStart(PartialDate.ofMonth(2021, 12));
        tpp.setRegion(records.region("africa"));
        tpp.setDescription("Funding described.");
        tpp.replaceThemes(Set.of(records.theme("partnerships")));
        records.flushAndClear();

        Document page = html(mvc.perform(get("/contributions/" + tpp.getId())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Funding " + token);
        assertThat(fact(page, "Kind")).isEqualTo("Financial");
        assertThat(fact(page, "Period")).isEqualTo("December 2021");
        assertThat(fact(page, "Amount")).isEqualTo("about US$90 million");
        assertThat(fact(page, "People")).isEqualTo("over 20");
        assertThat(fact(page, "Mission")).contains(token);
        assertThat(page.select(".record-facts a[href='/missions/" + token + "']")).hasSize(1);
        assertThat(page.select(".record-facts a[href='/trainings?region=africa']").text()).isEqualTo("Africa");
        assertThat(page.select(".record-facts a[href='/themes/partnerships']")).hasSize(1);
        LocalDate updated = LocalDate.ofInstant(em.find(Contribution.class, tpp.getId()).getUpdatedAt(), ZoneOffset.UTC);
        assertThat(fact(page, "Last updated")).isEqualTo(updated.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        assertThat(page.select("figure.citation-passage blockquote").attr("cite")).isEqualTo("/statement#p35");

        Document japanese = html(mvc.perform(get("/contributions/" + tpp.getId() + "?lang=ja")).andReturn());
        assertThat(fact(japanese, "金額")).isEqualTo("約9000万米ドル");
        assertThat(fact(japanese, "人数")).isEqualTo("20超");
        assertThat(fact(japanese, "期間")).isEqualTo("2021年12月");
    }

    private static String fact(Document page, String term) {
        return page.select(".record-facts > div:has(dt:containsOwn(" + term + ")) dd").text();
    }

    @Test
    void downloadsApplyTheSameFilters() throws Exception {
        financialWps.setAmount(new Money(new BigDecimal("1500000.50"), "JPY", Qualifier.AT_LEAST));
        financialWps.setTitle("Financement à Abidjan – 資金 " + token);
        records.flushAndClear();

        MvcResult csv = mvc.perform(get("/contributions.csv?mission=" + token)).andExpect(status().isOk()).andReturn();
        assertThat(csvHeader(csv)).containsExactly("id", "kind", "title", "description", "start", "start_precision", "end",
                "end_precision", "amount",
                "amount_currency", "amount_qualifier", "headcount", "headcount_qualifier", "mission", "region_code",
                "training_id", "initiative_id", "themes", "sources", "updated_at");
        List<CSVRecord> rows = csvRecords(csv);
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyInAnyOrder(
                String.valueOf(financialWps.getId()), String.valueOf(personnel.getId()));
        CSVRecord funding = rows.stream().filter(r -> r.get("kind").equals("FINANCIAL")).findFirst().orElseThrow();
        assertThat(funding.get("title")).isEqualTo("Financement à Abidjan – 資金 " + token);
        assertThat(funding.get("amount")).isEqualTo("1500000.50");
        assertThat(funding.get("amount_currency")).isEqualTo("JPY");
        assertThat(funding.get("amount_qualifier")).isEqualTo("AT_LEAST");
        assertThat(funding.get("start")).isEqualTo("2015");
        assertThat(funding.get("themes")).isEqualTo("wps");
        assertThat(funding.get("sources")).isEqualTo("statement#p35");
        assertThat(funding.get("mission")).isEqualTo(token);

        JsonNode json = json(mvc.perform(get("/contributions.json?mission=" + token + "&kind=FINANCIAL")).andReturn());
        assertThat(json.size()).isEqualTo(1);
        assertThat(json.get(0).get("title").asString()).isEqualTo("Financement à Abidjan – 資金 " + token);
        assertThat(json.get(0).get("amount").decimalValue()).isEqualByComparingTo("1500000.50");
        assertThat(json.get(0).get("headcount").isNull()).isTrue();
    }

    @Test
    void pagesRunAFixedNumberOfQueriesWhateverTheData() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        records.flushAndClear();
        String list = "/contributions?mission=" + token;
        long fullBefore = counter.count(() -> mvc.perform(get(list)).andExpect(status().isOk()));
        long htmxBefore = counter.count(() -> mvc.perform(get(list).header("HX-Request", "true")).andExpect(status().isOk()));
        long detailBefore = counter.count(() -> mvc.perform(get("/contributions/" + financialWps.getId())).andExpect(status().isOk()));
        long csvBefore = counter.count(() -> mvc.perform(get("/contributions.csv" + list.substring(14))).andExpect(status().isOk()));

        Mission same = em.find(Mission.class, mission.getId());
        for (int i = 0; i < 6; i++) {
            Contribution more = records.contribution("More " + i, ContributionKind.EXPERTISE, same);
            more.replaceThemes(Set.of(records.theme("wps"), records.theme("conduct")));
            more.setRegion(records.region(i % 2 == 0 ? "africa" : "europe"));
        }
        Contribution detail = em.find(Contribution.class, financialWps.getId());
        detail.replaceThemes(Set.of(records.theme("wps"), records.theme("conduct"), records.theme("politics")));
        records.flushAndClear();

        assertThat(counter.count(() -> mvc.perform(get(list)).andExpect(status().isOk())))
                .isEqualTo(fullBefore).isLessThanOrEqualTo(4);
        assertThat(counter.count(() -> mvc.perform(get(list).header("HX-Request", "true")).andExpect(status().isOk())))
                .isEqualTo(htmxBefore).isLessThanOrEqualTo(4);
        assertThat(counter.count(() -> mvc.perform(get("/contributions/" + financialWps.getId())).andExpect(status().isOk())))
                .isEqualTo(detailBefore).isLessThanOrEqualTo(3); // record, citations, milestones marking it
        assertThat(counter.count(() -> mvc.perform(get("/contributions.csv" + list.substring(14))).andExpect(status().isOk())))
                .isEqualTo(csvBefore).isLessThanOrEqualTo(6); // ids, themes, sources, then the rows through a cursor
    }
}
