package org.peacerecord.source;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.StatementMarkdown;
import org.peacerecord.support.StatementMarkdown.ParsedPassage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Flyway seed is faithful to the statement and to the public-record data set. */
@PostgresTest
class SeedIntegrityTest {

    private static final List<String> CITED_TABLES = List.of(
            "mission", "contribution", "training", "person", "milestone", "key_figure", "a4p_theme", "region");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyParagraphOfTheStatementIsAPassageWithItsNumberSectionAndExactText() {
        List<ParsedPassage> expected = StatementMarkdown.passages();
        List<ParsedPassage> actual = jdbc.query("""
                SELECT p.number, p.kind, p.section, p.text FROM passage p
                JOIN source_document d ON d.id = p.document_id
                WHERE d.slug = 'statement-2022-05-19' ORDER BY p.number""",
                (rs, i) -> new ParsedPassage(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));

        assertThat(actual).hasSameSizeAs(expected);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void theStatementItselfIsDescribed() {
        Map<String, Object> doc = jdbc.queryForMap("SELECT * FROM source_document WHERE slug = 'statement-2022-05-19'");
        assertThat(doc.get("speaker")).isEqualTo("Atul Khare");
        assertThat(doc.get("venue")).isEqualTo("Kwansei Gakuin University");
        assertThat(doc.get("delivered_on").toString()).isEqualTo("2022-05-19");
        assertThat((String) doc.get("title")).contains("Critical Contributions of Japan");
    }

    @Test
    void everyRecordCitesAtLeastOnePassageOrExternalSource() {
        for (String table : CITED_TABLES) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).as(table).isPositive();
            List<Long> uncited = jdbc.queryForList("SELECT t.id FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM "
                    + table + "_citation c WHERE c." + table + "_id = t.id)", Long.class);
            assertThat(uncited).as("%s rows without a citation", table).isEmpty();
        }
    }

    @Test
    void allEightA4pThematicAreasExistInTheDeclarationsOrder() {
        assertThat(jdbc.queryForList("SELECT code FROM a4p_theme ORDER BY sort_order", String.class))
                .containsExactly("politics", "wps", "protection", "safety-security", "performance-accountability",
                        "partnerships", "sustaining-peace", "conduct");
        assertThat(jdbc.queryForList("SELECT name FROM a4p_theme ORDER BY sort_order", String.class))
                .contains("Women, Peace and Security", "Conduct");
    }

    @Test
    void everyPublicRecordRowIsImportedWithItsRegionPrecisionsAndSource() throws Exception {
        List<CSVRecord> rows;
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/db/data/tpp-public-record.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(rows).hasSizeGreaterThan(40);

        for (CSVRecord row : rows) {
            String table = row.get("record_type").equals("course") ? "training" : "milestone";
            boolean training = table.equals("training");
            Map<String, Object> record = jdbc.queryForMap("SELECT t.*, r.code AS region_code, pr.code AS parent_code FROM "
                    + table + " t JOIN region r ON r.id = t.region_id LEFT JOIN region pr ON pr.id = r.parent_id WHERE t.ref = ?",
                    row.get("id"));
            assertThat(record.get("title")).as(row.get("id")).isEqualTo(row.get("title"));
            assertThat(record.get("provenance")).isEqualTo("PUBLIC_RECORD");
            assertThat(record.get(training ? "start_precision" : "occurred_precision"))
                    .as("%s start precision", row.get("id"))
                    .isEqualTo(row.get("start_precision").toUpperCase());
            assertThat(record.get(training ? "start_date" : "occurred_on").toString())
                    .as("%s start", row.get("id")).startsWith(row.get("start"));
            Object endPrecision = record.get(training ? "end_precision" : "ended_precision");
            assertThat(endPrecision == null ? "" : endPrecision.toString()).as("%s end precision", row.get("id"))
                    .isEqualToIgnoringCase(row.get("end_precision"));
            assertThat(record.get("source_reliability")).isEqualTo(row.get("source_reliability").toUpperCase());

            String unRegion = row.get("un_region");
            String regionName = jdbc.queryForObject("SELECT name FROM region WHERE code = COALESCE(?, ?)", String.class,
                    record.get("parent_code"), record.get("region_code"));
            if (unRegion.isBlank()) {
                assertThat(record.get("region_code")).as(row.get("id")).isEqualTo("global");
            } else {
                assertThat(regionName).as("%s region", row.get("id")).isEqualTo(unRegion);
            }

            Map<String, Object> citation = jdbc.queryForMap("SELECT * FROM " + table + "_citation WHERE " + table + "_id = ?",
                    record.get("id"));
            assertThat(citation.get("passage_id")).isNull();
            assertThat(citation.get("source_url")).isEqualTo(row.get("source_url"));
            assertThat(citation.get("summary")).isEqualTo(row.get("source_summary"));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training WHERE provenance = 'PUBLIC_RECORD'", Integer.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM milestone WHERE provenance = 'PUBLIC_RECORD'", Integer.class))
                .isEqualTo(rows.size());
    }

    @Test
    void spotChecksOfFactsAcrossRecordTypes() {
        // key figures keep their qualifier and as-of date
        assertThat(jdbc.queryForMap("SELECT figure_value, qualifier, as_of_date, as_of_precision FROM key_figure WHERE code = 'personnel-deployed'"))
                .containsEntry("qualifier", "MORE_THAN").containsEntry("as_of_precision", "DAY")
                .satisfies(f -> assertThat(((java.math.BigDecimal) f.get("figure_value")).intValue()).isEqualTo(107_000))
                .satisfies(f -> assertThat(f.get("as_of_date").toString()).isEqualTo("2022-05-19"));
        assertThat(jdbc.queryForMap("SELECT figure_value, qualifier FROM key_figure WHERE code = 'countries-contributing'"))
                .containsEntry("qualifier", "MORE_THAN")
                .satisfies(f -> assertThat(((java.math.BigDecimal) f.get("figure_value")).intValue()).isEqualTo(120));
        assertThat(jdbc.queryForObject("SELECT qualifier FROM key_figure WHERE code = 'tpp-trained-personnel'", String.class))
                .isEqualTo("MORE_THAN");
        // money is NUMERIC with an ISO currency and a qualifier: "close to US$90 million"
        assertThat(jdbc.queryForMap("SELECT amount, amount_currency, amount_qualifier FROM contribution WHERE ref = 'contrib-tpp-funding'"))
                .containsEntry("amount_currency", "USD").containsEntry("amount_qualifier", "APPROXIMATELY")
                .satisfies(c -> assertThat((java.math.BigDecimal) c.get("amount")).isEqualByComparingTo("90000000"));
        // "more than twenty Japanese civilian officers" in DOS
        assertThat(jdbc.queryForMap("SELECT headcount, headcount_qualifier FROM contribution WHERE ref = 'contrib-dos-civilian-officers'"))
                .containsEntry("headcount", 20L).containsEntry("headcount_qualifier", "MORE_THAN");
        // missions: acronym, kind, host region; UNMIT closed in 2012
        assertThat(jdbc.queryForMap("SELECT m.kind, r.code AS region, m.end_date, m.end_precision FROM mission m JOIN region r ON r.id = m.region_id WHERE m.acronym = 'UNMIT'"))
                .containsEntry("kind", "PEACEKEEPING").containsEntry("region", "southeast-asia").containsEntry("end_precision", "YEAR")
                .satisfies(m -> assertThat(m.get("end_date").toString()).startsWith("2012"));
        assertThat(jdbc.queryForList("SELECT acronym FROM mission", String.class))
                .contains("UNTAC", "UNMIT", "UNOTIL", "UNMISS", "MONUSCO", "MINUSCA", "MINUSMA");
        // people: those who lost their lives are remembered; Akashi led UNTAC
        assertThat(jdbc.queryForList("SELECT name FROM person WHERE in_memoriam ORDER BY name", String.class))
                .contains("Haruyuki Takata", "Atsuhiro Nakata");
        assertThat(jdbc.queryForObject("SELECT m.acronym FROM person p JOIN mission m ON m.id = p.mission_id WHERE p.name = 'Yasushi Akashi'", String.class))
                .isEqualTo("UNTAC");
        // trainings: the remote CPM course of "December last year" is month-precise and remote
        assertThat(jdbc.queryForMap("SELECT delivery_mode, start_date, start_precision, provenance FROM training WHERE ref = 'training-cpm-remote-2021'"))
                .containsEntry("delivery_mode", "REMOTE").containsEntry("start_precision", "MONTH").containsEntry("provenance", "STATEMENT")
                .satisfies(t -> assertThat(t.get("start_date").toString()).isEqualTo("2021-12-01"));
        assertThat(jdbc.queryForObject("SELECT r.code FROM training t JOIN region r ON r.id = t.region_id WHERE t.ref = 'training-tpp-engineering-southeast-asia'", String.class))
                .isEqualTo("southeast-asia");
        // milestones: IPC Law 1992 at year precision, cited to the 30th-anniversary paragraph
        assertThat(jdbc.queryForMap("SELECT occurred_on, occurred_precision FROM milestone WHERE ref = 'milestone-ipc-law-1992'"))
                .containsEntry("occurred_precision", "YEAR")
                .satisfies(m -> assertThat(m.get("occurred_on").toString()).isEqualTo("1992-01-01"));
        assertThat(jdbc.queryForList("""
                SELECT p.text FROM milestone_citation c JOIN passage p ON p.id = c.passage_id
                JOIN milestone m ON m.id = c.milestone_id WHERE m.ref = 'milestone-ipc-law-1992'""", String.class))
                .anyMatch(text -> text.contains("thirtieth anniversary"));
        // themes link records: the zero-misconduct record is under Conduct
        assertThat(jdbc.queryForList("""
                SELECT t.code FROM contribution_theme ct JOIN a4p_theme t ON t.id = ct.theme_id
                JOIN contribution c ON c.id = ct.contribution_id WHERE c.ref = 'contrib-zero-misconduct'""", String.class))
                .contains("conduct");
        // regions: sub-regions hang under their UN region
        assertThat(jdbc.queryForObject("SELECT p.code FROM region r JOIN region p ON p.id = r.parent_id WHERE r.code = 'southeast-asia'", String.class))
                .isEqualTo("asia-pacific");
        // the US$ escape is gone and emphasis markers are kept for rendering
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM passage WHERE text LIKE '%US$90 million%'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT text FROM passage", String.class)).noneMatch(text -> text.contains("\\$"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM passage WHERE text LIKE '%**telemedicine**%'", Integer.class)).isEqualTo(1);
    }
}
