package org.peacerecord.source;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.mission.Mission;
import org.peacerecord.person.Person;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.Pages.csvHeader;
import static org.peacerecord.support.Pages.csvRecords;
import static org.peacerecord.support.Pages.html;
import static org.peacerecord.support.Pages.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgresTest
@Transactional
class StatementPageTest {

    private static final String PASSAGES = """
            SELECT p.number FROM passage p JOIN source_document d ON d.id = p.document_id
            WHERE d.slug = 'statement-2022-05-19' %s ORDER BY p.number""";

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

    private Document statement(String query) throws Exception {
        return html(mvc.perform(get("/statement" + query)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void showsTheDocumentAndEveryPassageAnchoredInOrder() throws Exception {
        Document page = statement("");

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("UN Peace Operations: Critical Contributions of Japan");
        assertThat(page.select(".statement-header .record-facts").text())
                .contains("Atul Khare", "Under-Secretary-General for Operational Support", "Kwansei Gakuin University",
                        "19 May 2022");
        List<Integer> numbers = jdbc.queryForList(PASSAGES.formatted(""), Integer.class);
        assertThat(page.select(".passage").eachAttr("id"))
                .containsExactlyElementsOf(numbers.stream().map(n -> "p" + n).toList());
        assertThat(page.select(".passage > a.passage-number").eachAttr("href"))
                .containsExactlyElementsOf(numbers.stream().map(n -> "#p" + n).toList());
    }

    @Test
    void addresseesHeadingsListAndEmphasisAreRenderedAsTheyAre() throws Exception {
        Document page = statement("");

        assertThat(page.select(".addressees .passage").eachAttr("id")).containsExactlyElementsOf(
                jdbc.queryForList(PASSAGES.formatted("AND p.kind = 'ADDRESSEE'"), Integer.class).stream().map(n -> "p" + n).toList());
        List<String> sections = jdbc.queryForList("""
                SELECT p.section FROM passage p JOIN source_document d ON d.id = p.document_id
                WHERE d.slug = 'statement-2022-05-19' AND p.section IS NOT NULL
                GROUP BY p.section ORDER BY MIN(p.number)""", String.class);
        assertThat(page.select(".statement-section > h2").eachText()).containsExactlyElementsOf(sections);

        Map<String, Object> list = jdbc.queryForMap("""
                SELECT p.number, p.text FROM passage p WHERE p.kind = 'LIST' ORDER BY p.number LIMIT 1""");
        Element listPassage = page.getElementById("p" + list.get("number"));
        assertThat(listPassage.select("ol > li")).hasSize(((String) list.get("text")).split("\n").length);

        Map<String, Object> emphasised = jdbc.queryForMap("""
                SELECT p.number, p.text FROM passage p WHERE p.text LIKE '%**%' ORDER BY p.number LIMIT 1""");
        String text = (String) emphasised.get("text");
        String strong = text.substring(text.indexOf("**") + 2, text.indexOf("**", text.indexOf("**") + 2));
        Element passage = page.getElementById("p" + emphasised.get("number"));
        assertThat(passage.select("p.passage-text strong").first().text()).isEqualTo(strong);
        assertThat(passage.select("p.passage-text").text()).isEqualTo(text.replace("**", ""));
        assertThat(page.select(".statement-text").text()).doesNotContain("**");
    }

    @Test
    void coverageIsComputedFromTheRecordsCitingPassages() throws Exception {
        Document before = statement("");
        assertThat(before.select(".statement-coverage").text()).isEqualTo(expectedCoverage());

        List<Integer> uncited = jdbc.queryForList(PASSAGES.formatted(
                "AND NOT EXISTS (SELECT 1 FROM record_citation rc WHERE rc.passage_id = p.id)"), Integer.class);
        if (!uncited.isEmpty()) {
            Mission mission = records.mission(TestRecords.unique(), "Covering mission");
            mission.replaceCitations(List.of(Citation.ofPassage(records.passage(uncited.get(0)))));
            records.flushAndClear();
            Document after = statement("");
            assertThat(after.select(".statement-coverage").text()).isEqualTo(expectedCoverage()).isNotEqualTo(
                    before.select(".statement-coverage").text());
        }
    }

    private String expectedCoverage() {
        int total = jdbc.queryForList(PASSAGES.formatted(""), Integer.class).size();
        int cited = jdbc.queryForList(PASSAGES.formatted(
                "AND EXISTS (SELECT 1 FROM record_citation rc WHERE rc.passage_id = p.id)"), Integer.class).size();
        return "Records cite " + cited + " of its " + total + " passages ("
                + NumberFormat.getPercentInstance(Locale.ENGLISH).format((double) cited / total) + ").";
    }

    @Test
    void aPassageCitedByManyShowsTheFirstAndLinksToThePageOfAllOfThem() throws Exception {
        String token = TestRecords.unique();
        long before = jdbc.queryForObject("""
                SELECT COUNT(*) FROM (SELECT DISTINCT record_type, record_id FROM record_citation rc
                JOIN passage p ON p.id = rc.passage_id WHERE p.number = 57) cited""", Long.class);
        for (int i = 0; i < 25; i++) {
            records.contribution(ContributionKind.FINANCIAL, "Many " + token + " " + (100 + i), null, null, null,
                    java.util.List.of(), 57);
        }
        records.flushAndClear();
        long total = before + 25;

        Document page = statement("");
        assertThat(page.select("#p57 .passage-citing li:has(.record-label)")).hasSize(StatementService.CITING_SHOWN);
        assertThat(page.select("#p57 .passage-citing a[href='/statement/passages/57']").text())
                .isEqualTo("and " + (total - StatementService.CITING_SHOWN) + " more");

        Document all = html(mvc.perform(get("/statement/passages/57")).andExpect(status().isOk()).andReturn());
        assertThat(all.select("h1").text()).isEqualTo("Records citing paragraph 57");
        assertThat(all.select(".result-count").text()).isEqualTo(total + " records cite it");
        assertThat(all.select(".linked-records li")).hasSize(20);
        Document second = html(mvc.perform(get("/statement/passages/57?page=2")).andExpect(status().isOk()).andReturn());
        assertThat(second.select(".linked-records li")).hasSize((int) (total - 20));
        assertThat(java.util.stream.Stream.concat(all.select(".linked-records a").eachText().stream(),
                second.select(".linked-records a").eachText().stream()).filter(t -> t.contains(token))).hasSize(25);
        mvc.perform(get("/statement/passages/999")).andExpect(status().isNotFound());
        mvc.perform(get("/statement/passages/57?page=x")).andExpect(status().isBadRequest());
    }

    @Test
    void eachPassageLinksToTheRecordsCitingIt() throws Exception {
        String token = TestRecords.unique();
        Mission mission = records.mission(token, "Citing mission");
        Person person = records.person("Citing person " + token, mission);
        var milestone = records.milestone("Citing milestone " + token, mission);
        var contribution = records.contribution("Citing contribution " + token, ContributionKind.TRAINING, mission);
        var training = records.training("Citing training " + token, mission);
        records.flushAndClear();

        Document page = statement("");

        assertThat(page.select("#p27 .passage-citing a[href='/missions/" + token + "']").text()).isEqualTo(token);
        assertThat(page.select("#p28 .passage-citing a[href='/people/" + person.getId() + "']")).hasSize(1);
        assertThat(page.select("#p30 .passage-citing a[href='/milestones/" + milestone.getId() + "']")).hasSize(1);
        assertThat(page.select("#p35 .passage-citing a[href='/contributions/" + contribution.getId() + "']")).hasSize(1);
        assertThat(page.select("#p50 .passage-citing a[href='/trainings/" + training.getId() + "']")).hasSize(1);
        assertThat(page.select("#p27 .passage-citing li:has(a[href='/missions/" + token + "']) .record-label").text())
                .isEqualTo("Mission");

        for (String[] seeded : new String[][]{
                {"key_figure", "id", "/figures/"}, {"a4p_theme", "code", "/themes/"}, {"region", "code", "/trainings?region="}}) {
            Map<String, Object> citing = jdbc.queryForMap(("SELECT t.%2$s AS key, p.number FROM %1$s_citation c JOIN %1$s t"
                    + " ON t.id = c.%1$s_id JOIN passage p ON p.id = c.passage_id ORDER BY p.number LIMIT 1")
                    .formatted(seeded[0], seeded[1]));
            assertThat(page.select("#p" + citing.get("number") + " .passage-citing a[href='" + seeded[2] + citing.get("key") + "']"))
                    .as(seeded[0]).hasSize(1);
        }
    }

    @Test
    void aRenamedCitingRecordShowsItsNewTitleOnTheNextView() throws Exception {
        // the citing lists are rendered once and kept by their records' values (pr:replace-cached): never stale
        String token = TestRecords.unique();
        var contribution = records.contribution("Before " + token, ContributionKind.TRAINING, null);
        records.flushAndClear();
        String link = "#p35 .passage-citing a[href='/contributions/" + contribution.getId() + "']";
        assertThat(statement("").select(link).text()).isEqualTo("Before " + token);
        assertThat(statement("?lang=ja").select(link.replace("/contributions/", "/ja/contributions/")).text())
                .isEqualTo("Before " + token);

        em.find(org.peacerecord.contribution.Contribution.class, contribution.getId()).setTitle("After " + token);
        records.flushAndClear();

        assertThat(statement("").select(link).text()).isEqualTo("After " + token);
        assertThat(statement("?lang=ja").select(link.replace("/contributions/", "/ja/contributions/")).text())
                .isEqualTo("After " + token);
    }

    @Test
    void statementInJapaneseKeepsTheEnglishText() throws Exception {
        Document page = statement("?lang=ja");

        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
        assertThat(page.select(".statement-text").attr("lang")).isEqualTo("en");
        assertThat(page.select(".statement-coverage").text()).startsWith("全").contains("段落のうち");
        assertThat(page.select(".statement-header dt").eachText()).contains("発言者", "会場", "日付");
        assertThat(page.select(".statement-header time").text()).isEqualTo("2022年5月19日");
    }

    @Test
    void downloadsGiveEveryPassageWithTheRecordsCitingIt() throws Exception {
        String token = TestRecords.unique();
        records.mission(token, "Downloaded mission");
        records.flushAndClear();
        List<Integer> numbers = jdbc.queryForList(PASSAGES.formatted(""), Integer.class);

        MvcResult csv = mvc.perform(get("/statement.csv")).andExpect(status().isOk()).andReturn();
        assertThat(csvHeader(csv)).containsExactly("number", "section", "kind", "text", "cited_by_count", "cited_by", "cited_by_all",
                "source");
        List<CSVRecord> rows = csvRecords(csv);
        assertThat(rows).extracting(r -> Integer.valueOf(r.get("number"))).containsExactlyElementsOf(numbers);
        CSVRecord p27 = rows.stream().filter(r -> r.get("number").equals("27")).findFirst().orElseThrow();
        assertThat(p27.get("source")).isEqualTo("statement#p27");
        assertThat(p27.get("cited_by").split(" \\| ")).contains("/missions/" + token);
        assertThat(Integer.parseInt(p27.get("cited_by_count"))).isEqualTo(p27.get("cited_by").split(" \\| ").length);
        assertThat(p27.get("text")).isEqualTo(records.passage(27).getPlainText());
        CSVRecord list = rows.stream().filter(r -> r.get("kind").equals("LIST")).findFirst().orElseThrow();
        assertThat(list.get("text")).contains("\n(2)");

        JsonNode json = json(mvc.perform(get("/statement.json")).andExpect(status().isOk()).andReturn());
        assertThat(json.size()).isEqualTo(numbers.size());
        assertThat(json.get(0).get("number").asInt()).isEqualTo(numbers.get(0));
        assertThat(json.get(0).get("kind").asString()).isEqualTo("ADDRESSEE");
        assertThat(json.get(0).get("source").asString()).isEqualTo("statement#p" + numbers.get(0));
    }

    @Test
    void pageRunsAFixedNumberOfQueriesWhateverTheData() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        long before = counter.count(() -> mvc.perform(get("/statement")).andExpect(status().isOk()));
        long csvBefore = counter.count(() -> mvc.perform(get("/statement.csv")).andExpect(status().isOk()));

        for (int i = 0; i < 4; i++) {
            Mission mission = records.mission(TestRecords.unique(), "Counted mission " + i);
            records.person("Counted person " + i, mission);
            records.contribution("Counted contribution " + i, ContributionKind.FINANCIAL, mission);
            records.training("Counted training " + i, mission);
            records.milestone("Counted milestone " + i, mission);
        }
        records.flushAndClear();

        assertThat(counter.count(() -> mvc.perform(get("/statement")).andExpect(status().isOk())))
                .isEqualTo(before).isLessThanOrEqualTo(13); // document, passages, citations shown, counts, one per type
        assertThat(counter.count(() -> mvc.perform(get("/statement.csv")).andExpect(status().isOk())))
                .isEqualTo(csvBefore).isLessThanOrEqualTo(13);
    }
}
