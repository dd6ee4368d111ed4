package org.peacerecord.publicrecord;

import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-importing a new version of the data set on PostgreSQL: a changed row updates its record and shows in the
 * record's history (its values before the change first, then the change); a dropped row deletes its record, which
 * then answers 410; an unchanged data set writes nothing. Inside one transaction that is rolled back.
 */
@PostgresTest
class PublicRecordImportTest {

    @Autowired
    DataSource dataSource;

    @Test
    void changesAndRemovalsAreWrittenIntoTheHistoryAndRemovedAddressesAreGone() throws Exception {
        List<PublicRecordRow> rows = currentRows();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long removed = id(connection, "SELECT id FROM training WHERE ref = 'C01'");
                long changed = id(connection, "SELECT id FROM training WHERE ref = 'C04'");
                long revisions = id(connection, "SELECT COUNT(*) FROM revinfo");
                long dataVersion = id(connection, "SELECT version FROM data_version");
                List<PublicRecordRow> next = new ArrayList<>();
                for (PublicRecordRow row : rows) {
                    if (row.id().equals("C04")) {
                        next.add(new PublicRecordRow(row.id(), row.recordType(), "First HEE Training-of-Trainers course (renamed)",
                                row.discipline(), row.unRegion(), row.country(), row.site(), row.start(), row.end(),
                                row.mode(), row.trainees(), row.traineesAsReported(), row.traineeOrigin(), row.partners(),
                                row.sourceUrl(), row.sourceDate(), row.sourceSummary(), row.reliability(),
                                row.datesAsReported(), row.notes()));
                    } else if (!row.id().equals("C01")) {
                        next.add(row);
                    }
                }

                new PublicRecordImporter(connection).importRows(next);

                assertThat(id(connection, "SELECT COUNT(*) FROM training WHERE ref = 'C01'")).isZero();
                assertThat(id(connection, "SELECT COUNT(*) FROM moved_record WHERE record_type = 'TRAINING'"
                        + " AND record_id = " + removed + " AND target_id IS NULL")).isEqualTo(1);
                // created by the first import, changed by this one
                assertThat(strings(connection, "SELECT revtype FROM training_aud WHERE id = " + changed + " ORDER BY rev"))
                        .containsExactly("0", "1");
                assertThat(strings(connection, "SELECT title FROM training_aud WHERE id = " + changed + " ORDER BY rev"))
                        .containsExactly("First HEE Training-of-Trainers (ToT) course",
                                "First HEE Training-of-Trainers course (renamed)");
                assertThat(strings(connection, "SELECT revtype FROM training_aud WHERE id = " + removed + " ORDER BY rev"))
                        .endsWith("2");
                assertThat(strings(connection, "SELECT revtype FROM training_citation_aud WHERE training_id = " + removed
                        + " ORDER BY rev, revtype")).endsWith("2");
                assertThat(strings(connection, "SELECT username FROM revinfo WHERE id > " + revisions)).containsOnly("system");
                assertThat(id(connection, "SELECT version FROM data_version")).as("the import advances the data version")
                        .isGreaterThan(dataVersion);

                long afterImport = id(connection, "SELECT COUNT(*) FROM revinfo");
                long versionAfterImport = id(connection, "SELECT version FROM data_version");
                new PublicRecordImporter(connection).importRows(next);
                assertThat(id(connection, "SELECT COUNT(*) FROM revinfo")).as("nothing changed, nothing written")
                        .isEqualTo(afterImport);
                assertThat(id(connection, "SELECT version FROM data_version")).isEqualTo(versionAfterImport);
            } finally {
                connection.rollback();
            }
        }
    }

    private static List<PublicRecordRow> currentRows() throws Exception {
        try (Reader reader = new InputStreamReader(PublicRecordImportTest.class.getResourceAsStream(
                "/db/data/tpp-public-record.csv"), StandardCharsets.UTF_8)) {
            return PublicRecordCsvReader.read(reader);
        }
    }

    private static long id(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
