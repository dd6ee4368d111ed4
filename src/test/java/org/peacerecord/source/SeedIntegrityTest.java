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
            "mission", "contribution", "training", "person", "milestone", "key_figure", "a4p_theme", "region", "initiative");

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
        List<String> imported = jdbc.queryForList("SELECT ref FROM training WHERE provenance = 'PUBLIC_RECORD'"
                + " UNION ALL SELECT ref FROM milestone WHERE provenance = 'PUBLIC_RECORD'", String.class);
        assertThat(imported.stream().filter(ref -> ref.matches("[A-Z][0-9]{2,}")))
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(r -> r.get("id")).toList());
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
                .containsEntry("amount_currency", "USD").containsEntry("amount_qualifier", "JUST_UNDER")
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
                .contains("Haruyuki Takata", "Atsuhito Nakata");
        assertThat(jdbc.queryForObject("SELECT m.acronym FROM person p JOIN mission m ON m.id = p.mission_id WHERE p.name = 'Yasushi Akashi'", String.class))
                .isEqualTo("UNTAC");
        // trainings: the remote CPM course of "December last year" is month-precise and remote
        assertThat(jdbc.queryForMap("SELECT delivery_mode, start_date, start_precision, provenance, region_id FROM training WHERE ref = 'training-cpm-remote-2021'"))
                .containsEntry("delivery_mode", "REMOTE").containsEntry("start_precision", "MONTH").containsEntry("provenance", "STATEMENT")
                .containsEntry("region_id", jdbc.queryForObject("SELECT id FROM region WHERE code = 'southeast-asia'", Long.class))
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

    /**
     * Coverage: the passages no record cites are exactly the greetings, reflections and transitions listed with their
     * reason; every other passage (a fact, a figure, a commitment, a request or a proposal) is cited.
     */
    @Test
    void everyPassageIsCitedExceptTheListedGreetingsRhetoricAndTransitions() {
        Map<Integer, String> reasons = new java.util.TreeMap<>();
        jdbc.query("SELECT number, uncited_reason FROM passage WHERE uncited_reason IS NOT NULL",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> reasons.put(rs.getInt(1), rs.getString(2)));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(6, "GREETING"), Map.entry(39, "GREETING"), Map.entry(46, "GREETING"),
                Map.entry(61, "GREETING"), Map.entry(92, "GREETING"),
                Map.entry(15, "RHETORIC"), Map.entry(16, "RHETORIC"), Map.entry(18, "RHETORIC"),
                Map.entry(93, "RHETORIC"), Map.entry(94, "RHETORIC"), Map.entry(95, "RHETORIC"),
                Map.entry(38, "TRANSITION"), Map.entry(40, "TRANSITION"), Map.entry(62, "TRANSITION"),
                Map.entry(73, "TRANSITION")));
        List<Integer> uncited = jdbc.queryForList("""
                SELECT p.number FROM passage p WHERE NOT EXISTS (SELECT 1 FROM record_citation rc WHERE rc.passage_id = p.id)
                ORDER BY p.number""", Integer.class);
        assertThat(uncited).containsExactlyElementsOf(reasons.keySet());
    }

    /**
     * One event, one record: no passage is the first source of two timeline entries of the same date (the same
     * happening recorded twice), except the two distinct happenings of 1992 that passage 19 reports together. A
     * contribution that is Japan's part in a training, an initiative or a milestone is no entry of its own.
     */
    @Test
    void noPassageIsTheSourceOfTheSameEventTwice() {
        List<String> entries = jdbc.queryForList("""
                SELECT p.number || ' ' || e.day || ' ' || e.precision FROM (
                    SELECT c.passage_id, COALESCE(t.start_date, t.end_date) AS day, COALESCE(t.start_precision, t.end_precision) AS precision
                    FROM training t JOIN training_citation c ON c.training_id = t.id AND c.position = 0
                    WHERE t.ref IS NOT NULL
                    UNION ALL
                    SELECT c.passage_id, m.occurred_on, m.occurred_precision
                    FROM milestone m JOIN milestone_citation c ON c.milestone_id = m.id AND c.position = 0
                    WHERE m.ref IS NOT NULL
                    UNION ALL
                    SELECT c.passage_id, i.start_date, i.start_precision
                    FROM initiative i JOIN initiative_citation c ON c.initiative_id = i.id AND c.position = 0
                    WHERE i.start_date IS NOT NULL AND i.ref IS NOT NULL
                    UNION ALL
                    SELECT c.passage_id, COALESCE(k.start_date, k.end_date), COALESCE(k.start_precision, k.end_precision)
                    FROM contribution k JOIN contribution_citation c ON c.contribution_id = k.id AND c.position = 0
                    WHERE k.ref IS NOT NULL AND k.training_id IS NULL AND k.initiative_id IS NULL
                      AND NOT EXISTS (SELECT 1 FROM milestone m WHERE m.contribution_id = k.id)
                ) e JOIN passage p ON p.id = e.passage_id
                WHERE e.day IS NOT NULL""", String.class);
        Map<String, Long> counts = entries.stream().collect(java.util.stream.Collectors.groupingBy(e -> e,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        counts.values().removeIf(count -> count == 1);
        // the International Peace Cooperation Law's enactment (a milestone marking Japan's policy) and Japan's
        // first deployment (a contribution): two happenings of 1992 in one sentence
        assertThat(counts).containsExactly(Map.entry("19 1992-01-01 YEAR", 2L));
    }

    /** The 2021 course and the 2021 telemedicine initiative are one record each, with Japan's part linked to them. */
    @Test
    void theEventsRecordedTwiceOrThriceAreOneRecordEach() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training WHERE title LIKE '%Construction Process Management%'"
                + " AND start_date = DATE '2021-12-01' AND ref IS NOT NULL", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM milestone WHERE title LIKE '%Construction Process Management%' AND ref IS NOT NULL",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT t.ref FROM contribution c JOIN training t ON t.id = c.training_id
                WHERE c.ref = 'contrib-cpm-remote-course'""", String.class)).isEqualTo("training-cpm-remote-2021");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training WHERE discipline = 'TELEMEDICINE' AND ref IS NOT NULL", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM milestone WHERE title LIKE '%elemedicine%' AND EXTRACT(YEAR FROM occurred_on) = 2021", Integer.class)).isZero();
        assertThat(jdbc.queryForList("""
                SELECT m.acronym FROM initiative i JOIN initiative_mission im ON im.initiative_id = i.id
                JOIN mission m ON m.id = im.mission_id JOIN contribution c ON c.initiative_id = i.id
                WHERE c.ref = 'contrib-telemedicine-funding' ORDER BY m.acronym""", String.class))
                .containsExactly("MINUSCA", "MINUSMA", "MONUSCO", "UNMISS");
        assertThat(jdbc.queryForObject("""
                SELECT c.ref FROM milestone m JOIN contribution c ON c.id = m.contribution_id
                WHERE m.ref = 'milestone-leaders-summit-2014'""", String.class)).isEqualTo("contrib-tpp-initiative-2014");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM milestone WHERE occurred_on >= DATE '2014-09-01'"
                + " AND occurred_on < DATE '2014-10-01' AND ref IS NOT NULL", Integer.class)).isEqualTo(1);
    }

    /**
     * Public-record rows and statement records name different happenings: no public-record course shares its start
     * and discipline with a statement training, and no public-record milestone its date (or its month, when one of
     * the two is known to the month only) with a statement milestone: a course or an event recorded from both sources.
     */
    @Test
    void noPublicRecordRowDuplicatesAStatementRecord() {
        assertThat(jdbc.queryForList("""
                SELECT p.ref || ' = ' || s.ref FROM training p JOIN training s
                ON s.provenance = 'STATEMENT' AND p.provenance = 'PUBLIC_RECORD' AND p.discipline = s.discipline
                AND p.ref ~ '^[A-Z][0-9]+$' AND s.ref IS NOT NULL
                AND EXTRACT(YEAR FROM p.start_date) = EXTRACT(YEAR FROM s.start_date)
                AND (p.start_precision = 'YEAR' OR s.start_precision = 'YEAR'
                     OR EXTRACT(MONTH FROM p.start_date) = EXTRACT(MONTH FROM s.start_date))""", String.class)).isEmpty();
        assertThat(jdbc.queryForList("""
                SELECT p.ref || ' = ' || s.ref FROM milestone p JOIN milestone s
                ON s.provenance = 'STATEMENT' AND p.provenance = 'PUBLIC_RECORD' AND p.ref ~ '^[A-Z][0-9]+$' AND s.ref IS NOT NULL
                AND EXTRACT(YEAR FROM p.occurred_on) = EXTRACT(YEAR FROM s.occurred_on)
                AND (p.occurred_precision = 'DAY' AND s.occurred_precision = 'DAY' AND p.occurred_on = s.occurred_on
                     OR (p.occurred_precision = 'MONTH' OR s.occurred_precision = 'MONTH')
                        AND EXTRACT(MONTH FROM p.occurred_on) = EXTRACT(MONTH FROM s.occurred_on))""", String.class))
                .isEmpty();
    }

    /** Values beyond the statement's words carry a public source; those none could be found for are gone. */
    @Test
    void namesAndRolesBeyondTheStatementCiteAPublicSource() {
        for (String ref : List.of("person-yasushi-akashi", "person-haruyuki-takata", "person-atsuhiro-nakata",
                "person-sukehiro-hasegawa", "person-shinzo-abe", "person-tadamichi-yamamoto", "person-takahisa-kawakami",
                "person-takakazu-ito", "person-ken-inoue", "person-shinyo")) {
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM person_citation c JOIN person p ON p.id = c.person_id
                    WHERE p.ref = ? AND c.source_url IS NOT NULL""", Integer.class, ref)).as(ref).isPositive();
        }
        assertThat(jdbc.queryForMap("SELECT name_ja, mission_id, organisation FROM person WHERE ref = 'person-michiko-ikarashi'"))
                .containsEntry("name_ja", null).containsEntry("mission_id", null).containsEntry("organisation", null);
        assertThat(jdbc.queryForObject("SELECT kind FROM mission WHERE acronym = 'UNOTIL'", String.class))
                .isEqualTo("SPECIAL_POLITICAL");
        assertThat(jdbc.queryForObject("SELECT programme FROM training WHERE ref = 'training-field-medical-assistant-course'",
                String.class)).isEqualTo("TPP");
        assertThat(jdbc.queryForObject("SELECT provenance FROM milestone WHERE ref = 'milestone-a4p-declaration-2018'",
                String.class)).isEqualTo("PUBLIC_RECORD");
        assertThat(jdbc.queryForList("""
                SELECT p.number FROM contribution_citation c JOIN passage p ON p.id = c.passage_id
                JOIN contribution k ON k.id = c.contribution_id WHERE k.ref = 'contrib-tpp-funding'""", Integer.class))
                .contains(57).doesNotContain(60);
        assertThat(jdbc.queryForList("""
                SELECT p.number FROM region_citation c JOIN passage p ON p.id = c.passage_id
                JOIN region r ON r.id = c.region_id WHERE r.code = 'south-asia'""", Integer.class)).contains(3);
        assertThat(jdbc.queryForObject("SELECT source_url FROM source_document WHERE slug = 'statement-2022-05-19'",
                String.class)).startsWith("https://www.kwansei.ac.jp/");
        // every external citation names its title, address and the day it was read (imported rows: the day published)
        for (String table : CITED_TABLES) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + "_citation WHERE source_url IS NOT NULL"
                    + " AND (source_title IS NULL OR summary IS NULL OR (accessed_on IS NULL AND source_published IS NULL))",
                    Integer.class)).as(table).isZero();
        }
    }

    /** The statement's requests, proposal, UN initiatives and context are records, each citing its passages. */
    @Test
    void theStatementsRequestsProposalsInitiativesAndContextAreRecords() {
        Map<String, Integer> byKind = new java.util.TreeMap<>();
        jdbc.query("SELECT kind, COUNT(*) FROM initiative GROUP BY kind",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> byKind.put(rs.getString(1), rs.getInt(2)));
        assertThat(byKind).containsKeys("CONTEXT", "UN_INITIATIVE", "REQUEST", "PROPOSAL");
        assertThat(jdbc.queryForList("""
                SELECT DISTINCT p.number FROM initiative_citation c JOIN passage p ON p.id = c.passage_id ORDER BY p.number""",
                Integer.class))
                .contains(11, 13, 24, 53, 54, 64, 65, 66, 67, 68, 69, 72, 75, 76, 77, 79, 82, 83, 84, 90);
        assertThat(jdbc.queryForObject("SELECT addressee FROM initiative WHERE ref = 'proposal-renewable-energy-partnership'",
                String.class)).isEqualTo("JAPAN");
        assertThat(jdbc.queryForObject("SELECT addressee FROM initiative WHERE ref = 'request-women-in-national-forces'",
                String.class)).isEqualTo("MEMBER_STATES");
        assertThat(jdbc.queryForObject("""
                SELECT p.ref FROM initiative i JOIN initiative p ON p.id = i.parent_id WHERE i.ref = 'initiative-scoop-and-run'""",
                String.class)).isEqualTo("initiative-medical-rescue-chain");
    }
}
