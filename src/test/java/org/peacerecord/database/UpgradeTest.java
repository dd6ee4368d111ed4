package org.peacerecord.database;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacerecord.publicrecord.PublicRecordCsvReader;
import org.peacerecord.publicrecord.PublicRecordImporter;
import org.peacerecord.support.Instances;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database in use before the fidelity corrections (schema version 7, the public-record data set of 29 November
 * 2026 with the rows C22 and M01 that duplicated statement records) upgrades on PostgreSQL to the current schema
 * and data: duplicates merged with their old addresses remembered, corrections written into each record's history.
 * Runs in a database of its own beside the test database.
 */
class UpgradeTest {

    private static final String URL = Instances.DATABASE_URL;
    private static final String USER = Instances.DATABASE_USER;
    private static final String PASSWORD = Instances.DATABASE_PASSWORD;
    private static final String NAME = URL.substring(URL.lastIndexOf('/') + 1) + "_upgrade";

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void upgradeADatabaseOfTheVersionBefore() throws Exception {
        recreate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(URL.substring(0, URL.lastIndexOf('/') + 1) + NAME,
                USER, PASSWORD);
        jdbc = new JdbcTemplate(dataSource);

        // Schema and seed as of version 7 (the SQL migrations only: today's importer and corrections are Java)
        Path migrations = Path.of(UpgradeTest.class.getResource("/db/migration/common/V1__schema.sql").toURI()).getParent();
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + migrations).target("7").load().migrate();
        // ... with the public-record data set of that day, imported without history as the importer of that day did
        try (Connection connection = dataSource.getConnection();
             Reader csv = new InputStreamReader(UpgradeTest.class.getResourceAsStream(
                     "/db/upgrade/tpp-public-record-2026-11-29.csv"), UTF_8)) {
            new PublicRecordImporter(connection).importRows(PublicRecordCsvReader.read(csv));
        }
        for (String table : List.of("training_theme_aud", "training_citation_aud", "training_aud",
                "milestone_citation_aud", "milestone_aud")) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("DELETE FROM revinfo WHERE username = 'system' AND id NOT IN (SELECT rev FROM a4p_theme_aud)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training WHERE ref = 'C22'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM milestone WHERE ref = 'M01'", Integer.class)).isEqualTo(1);

        // Upgrade, as the application does at start-up
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
    }

    @AfterAll
    static void dropTheDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
        }
    }

    private static void recreate() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + NAME + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    @Test
    void theDuplicatedCourseAndSummitAreMergedAndTheirOldAddressesLeadToTheSurvivors() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training WHERE ref = 'C22'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM milestone WHERE ref = 'M01'", Integer.class)).isZero();
        List<Map<String, Object>> moved = jdbc.queryForList("""
                SELECT record_type, target_type, COALESCE(t.ref, m.ref, i.ref) AS target FROM moved_record r
                LEFT JOIN training t ON r.target_type = 'TRAINING' AND t.id = r.target_id
                LEFT JOIN milestone m ON r.target_type = 'MILESTONE' AND m.id = r.target_id
                LEFT JOIN initiative i ON r.target_type = 'INITIATIVE' AND i.id = r.target_id
                ORDER BY record_type, record_id""");
        assertThat(moved).extracting(row -> row.get("record_type") + " -> " + row.get("target"))
                .containsExactlyInAnyOrder(
                        "TRAINING -> training-cpm-remote-2021",        // C22
                        "TRAINING -> initiative-telemedicine",
                        "MILESTONE -> training-cpm-remote-2021",
                        "MILESTONE -> milestone-leaders-summit-2014",  // M01
                        "MILESTONE -> initiative-telemedicine");
        // M01's source now cites the summit; C22's the course
        assertThat(jdbc.queryForList("""
                SELECT c.source_url FROM milestone_citation c JOIN milestone m ON m.id = c.milestone_id
                WHERE m.ref = 'milestone-leaders-summit-2014'""", String.class))
                .contains("https://www.mofa.go.jp/press/release/press3e_000429.html");
        assertThat(jdbc.queryForObject("""
                SELECT r.code FROM training t JOIN region r ON r.id = t.region_id WHERE t.ref = 'training-cpm-remote-2021'""",
                String.class)).isEqualTo("southeast-asia");
    }

    @Test
    void theCorrectionsAreInEachRecordsHistoryAfterTheValuesTheyCorrected() {
        long course = jdbc.queryForObject("SELECT id FROM training WHERE ref = 'training-cpm-remote-2021'", Long.class);
        assertThat(jdbc.queryForList("""
                SELECT r.code FROM training_aud a JOIN region r ON r.id = a.region_id WHERE a.id = ? ORDER BY a.rev""",
                String.class, course)).containsExactly("global", "southeast-asia");
        long funding = jdbc.queryForObject("SELECT id FROM contribution WHERE ref = 'contrib-tpp-funding'", Long.class);
        assertThat(jdbc.queryForList("SELECT amount_qualifier FROM contribution_aud WHERE id = ? ORDER BY rev",
                String.class, funding)).containsExactly("APPROXIMATELY", "JUST_UNDER");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM contribution_citation_aud WHERE contribution_id = ? AND revtype = 2""",
                Integer.class, funding)).as("passage 60 no longer cited").isEqualTo(1);
        long c22 = jdbc.queryForObject("SELECT record_id FROM moved_record WHERE target_type = 'TRAINING'"
                + " AND reason LIKE '%C22%'", Long.class);
        assertThat(jdbc.queryForList("SELECT revtype FROM training_aud WHERE id = ? ORDER BY rev", Integer.class, c22))
                .containsExactly(1, 2);
        long initiatives = jdbc.queryForObject("SELECT COUNT(*) FROM initiative", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM initiative_aud WHERE revtype = 0", Long.class))
                .isEqualTo(initiatives);
        assertThat(jdbc.queryForList("SELECT DISTINCT username FROM revinfo", String.class)).containsOnly("system");
    }

    @Test
    void theUpgradedDatabaseHasTheSameRecordsAsANewOne() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM passage WHERE uncited_reason IS NOT NULL", Integer.class))
                .isEqualTo(15);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM passage p WHERE p.uncited_reason IS NULL
                AND NOT EXISTS (SELECT 1 FROM record_citation rc WHERE rc.passage_id = p.id)""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training WHERE ref ~ '^[A-Z][0-9]+$'", Integer.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM milestone WHERE ref ~ '^[A-Z][0-9]+$'", Integer.class))
                .isEqualTo(45);
    }
}
