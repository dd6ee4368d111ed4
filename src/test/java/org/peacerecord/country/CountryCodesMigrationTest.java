package org.peacerecord.country;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free-text countries of the seed and of the public record, read into UN M49 codes by the migration (and the
 * import): every place of the data set is a country now, each recorded in the records' history.
 */
@PostgresTest
class CountryCodesMigrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPlaceOfThePublicRecordIsACountryCode() throws Exception {
        List<CSVRecord> rows;
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/db/data/tpp-public-record.csv")), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        int checked = 0;
        for (CSVRecord row : rows) {
            String table = row.get("record_type").equals("milestone") ? "milestone" : "training";
            List<String> codes = jdbc.queryForList("SELECT c.country_code FROM " + table + "_country c JOIN " + table
                    + " r ON r.id = c." + table + "_id WHERE r.ref = ? ORDER BY 1", String.class, row.get("id"));
            String country = row.get("country");
            if (country.isBlank() || country.startsWith("Online")) {
                assertThat(codes).as(row.get("id")).isEmpty();
            } else {
                assertThat(codes).as(row.get("id") + " " + country)
                        .containsExactlyElementsOf(Countries.all().match(country).codes().stream().sorted().toList());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(jdbc.queryForList("SELECT r.ref FROM milestone r JOIN milestone_country c ON c.milestone_id = r.id"
                + " WHERE r.ref IN (SELECT ref FROM milestone) GROUP BY r.ref HAVING COUNT(*) > 1", String.class))
                .as("a place of two countries (Kenya; Uganda, Spain; Italy) has both").isNotEmpty();
    }

    @Test
    void theStatementsMissionsAreInTheirHostCountriesAndNothingIsLeftUnmatched() {
        assertThat(jdbc.queryForList("SELECT m.acronym || ' ' || c.country_code FROM mission m"
                + " JOIN mission_country c ON c.mission_id = m.id WHERE m.acronym IN ('UNTAC', 'UNMISS', 'UNMIT', 'MONUSCO')"
                + " ORDER BY 1", String.class))
                .containsExactly("MONUSCO 180", "UNMISS 728", "UNMIT 626", "UNTAC 116");
        for (String table : List.of("training", "milestone")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE country IS NOT NULL", Integer.class))
                    .as(table).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mission WHERE host_country IS NOT NULL", Integer.class))
                .isZero();
        // the change is in the records' history (Envers' tables, written for the migration)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mission_country_aud a JOIN mission m ON m.id = a.mission_id"
                + " WHERE m.acronym = 'UNMISS' AND a.country_code = '728'", Integer.class)).isEqualTo(1);
    }
}
