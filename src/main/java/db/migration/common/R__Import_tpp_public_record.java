package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.peacerecord.publicrecord.PublicRecordCsvReader;
import org.peacerecord.publicrecord.PublicRecordImporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Imports the public-record TPP courses and milestones (db/data/tpp-public-record.csv).
 * Repeatable: its checksum is the CSV's, so Flyway re-runs it whenever the data changes, and the
 * importer updates rows by their stable id instead of duplicating them.
 */
public class R__Import_tpp_public_record extends BaseJavaMigration {

    static final String CSV = "db/data/tpp-public-record.csv";

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        try (InputStream in = open()) {
            crc.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (InputStreamReader reader = new InputStreamReader(open(), StandardCharsets.UTF_8)) {
            new PublicRecordImporter(context.getConnection()).importRows(PublicRecordCsvReader.read(reader));
        }
    }

    private static InputStream open() {
        InputStream in = R__Import_tpp_public_record.class.getClassLoader().getResourceAsStream(CSV);
        if (in == null) {
            throw new IllegalStateException(CSV + " is missing from the classpath");
        }
        return in;
    }
}
