package org.peacerecord.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestRecords;
import org.peacerecord.training.Training;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every record page carries schema.org JSON-LD (a data block no stored text can break out of) and a "cite this record"
 * block with BibTeX and CSL-JSON downloads and the licence; robots.txt and the sitemaps list every public page.
 */
@PostgresTest
class LinkedDataAndCitationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestRecords records;

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    private MockHttpServletResponse get200(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    private JsonNode linkedData(Document page) {
        Elements blocks = page.select("script[type=application/ld+json]");
        assertThat(blocks).hasSize(1);
        return json.readTree(blocks.first().data());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"training, /trainings/, Event", "contribution, /contributions/, MonetaryGrant|Action",
            "milestone, /milestones/, Event", "person, /people/, Person", "initiative, /initiatives/, Project",
            "key_figure, /figures/, Observation", "a4p_theme, /themes/, DefinedTerm", "mission, /missions/, GovernmentOrganization"})
    void everyRecordPageCarriesLinkedDataAndHowToCiteIt(String table, String path, String types) throws Exception {
        String key = switch (table) {
            case "a4p_theme" -> "code";
            case "mission" -> "acronym";
            default -> "id";
        };
        String id = jdbc.queryForObject("SELECT CAST(" + key + " AS VARCHAR) FROM " + table
                + " t WHERE EXISTS (SELECT 1 FROM " + table + "_citation c WHERE c." + table + "_id = t.id) ORDER BY t.id LIMIT 1",
                String.class);
        Document page = Jsoup.parse(get200(path + id).getContentAsString(StandardCharsets.UTF_8));

        JsonNode data = linkedData(page);
        assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(data.get("@type").asString()).matches(types);
        assertThat(data.get("url").asString()).isEqualTo("http://localhost" + path + id);
        assertThat(data.get("name").asString()).isNotBlank();
        assertThat(data.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(data.get("citation").isArray()).isTrue();
        assertThat(data.get("citation").size()).isPositive();
        assertWrittenInOrder(data);

        assertThat(page.select(".record-cite-text").text()).startsWith("Peace Operations Record, “")
                .endsWith("http://localhost" + path + id);
        assertThat(page.select(".record-cite a[rel=license]").attr("href"))
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        String bib = page.select(".record-cite a[href^=/cite.bib]").attr("href");
        assertThat(get200(bib).getContentAsString(StandardCharsets.UTF_8)).startsWith("@misc{")
                .contains("howpublished = {\\url{http://localhost" + path + id + "}}");
        JsonNode csl = json.readTree(get200(page.select(".record-cite a[href^=/cite.json]").attr("href"))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(csl.get(0).get("URL").asString()).isEqualTo("http://localhost" + path + id);
    }

    @Test
    void storedTextCannotBreakOutOfTheDataBlock() throws Exception {
        String title = TestRecords.unique("</script><script>alert(1)</script> & {braces}");
        Training training = records.training(title).region("middle-africa").inYear(2090).citingPassage(50).save();

        MockHttpServletResponse response = get200("/trainings/" + training.getId());
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert(1)");
        Document page = Jsoup.parse(html);
        assertThat(linkedData(page).get("name").asString()).isEqualTo(title);
        assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();

        String bib = get200("/cite.bib?record=TRAINING-" + training.getId()).getContentAsString(StandardCharsets.UTF_8);
        assertThat(bib).contains("\\{braces\\}").contains("\\&");
    }

    @Test
    void unknownCitationsAre404() throws Exception {
        for (String ref : new String[]{"TRAINING-999999999", "NOPE-1", "TRAINING", "TRAINING-x"}) {
            assertThat(mvc.perform(get("/cite.bib?record=" + ref)).andReturn().getResponse().getStatus()).as(ref)
                    .isEqualTo(404);
        }
    }

    @Test
    void robotsAndSitemapsNameEveryPublicPageInBothLanguages() throws Exception {
        assertThat(get200("/robots.txt").getContentAsString()).contains("Disallow: /admin", "Disallow: /account",
                "Sitemap: http://localhost/sitemap.xml");

        Document index = Jsoup.parse(get200("/sitemap.xml").getContentAsString(StandardCharsets.UTF_8),
                "", org.jsoup.parser.Parser.xmlParser());
        assertThat(index.select("sitemap > loc").eachText()).contains("http://localhost/sitemaps/pages.xml",
                "http://localhost/sitemaps/training-1.xml", "http://localhost/sitemaps/milestone-1.xml",
                "http://localhost/sitemaps/figure-1.xml");

        Document pages = Jsoup.parse(get200("/sitemaps/pages.xml").getContentAsString(StandardCharsets.UTF_8),
                "", org.jsoup.parser.Parser.xmlParser());
        assertThat(pages.select("url > loc").eachText()).contains("http://localhost/", "http://localhost/timeline",
                "http://localhost/trainings", "http://localhost/api");

        long trainingId = jdbc.queryForObject("SELECT MIN(id) FROM training", Long.class);
        Document trainings = Jsoup.parse(get200("/sitemaps/training-1.xml").getContentAsString(StandardCharsets.UTF_8),
                "", org.jsoup.parser.Parser.xmlParser());
        assertThat(trainings.select("url > loc").eachText()).contains("http://localhost/trainings/" + trainingId);
        assertThat(trainings.select("url").first().select("lastmod").text()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(trainings.select("url").first().getElementsByTag("xhtml:link").eachAttr("href"))
                .anyMatch(href -> href.startsWith("http://localhost/ja/trainings/"));

        assertThat(mvc.perform(get("/sitemaps/nothing-1.xml")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/sitemaps/training-999.xml")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aListPageDescribesItsDownloadsAsADataset() throws Exception {
        Document page = Jsoup.parse(get200("/trainings?region=africa").getContentAsString(StandardCharsets.UTF_8));
        JsonNode dataset = linkedData(page);
        assertThat(dataset.get("@type").asString()).isEqualTo("Dataset");
        assertThat(dataset.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(dataset.get("url").asString()).isEqualTo("http://localhost/trainings?region=africa");
        assertThat(dataset.get("distribution").get(0).get("contentUrl").asString())
                .isEqualTo("http://localhost/trainings.csv?region=africa");
        assertThat(dataset.get("distribution").get(1).get("encodingFormat").asString()).isEqualTo("application/json");
        assertWrittenInOrder(dataset);
    }

    /**
     * Every object of the data block lists its properties in the order they were written, "@type" first: the same
     * bytes from every instance (a strong ETag promises them), which maps of unspecified order (Map.of: a different
     * order in each JVM) would not give.
     */
    private static void assertWrittenInOrder(JsonNode data) {
        assertThat(data.properties().stream().map(Map.Entry::getKey).limit(2)).containsExactly("@context", "@type");
        List<JsonNode> nested = new ArrayList<>();
        data.properties().forEach(property -> nested.add(property.getValue()));
        while (!nested.isEmpty()) {
            JsonNode node = nested.remove(nested.size() - 1);
            if (node.isArray()) {
                node.forEach(nested::add);
            } else if (node.isObject()) {
                if (node.has("@type")) {
                    assertThat(node.properties().iterator().next().getKey()).as(node.toString()).isEqualTo("@type");
                }
                node.properties().forEach(property -> nested.add(property.getValue()));
            }
        }
    }
}
