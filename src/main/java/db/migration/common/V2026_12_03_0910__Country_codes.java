package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.peacerecord.country.Countries;
import org.peacerecord.database.AuditTrail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the free-text countries of trainings, milestones and missions ("Kenya; Uganda", "Viet Nam") into UN M49
 * codes ({@link Countries#match}): each country matched becomes a row of {@code training_country} (and so on), and the
 * text column keeps only what matched no country, as written, for editors to place ({@code /admin/countries}). Every
 * record changed shows it in its history ({@link AuditTrail}).
 */
public class V2026_12_03_0910__Country_codes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        AuditTrail audit = AuditTrail.of(connection);
        AuditTrail.Snapshot before = audit.capture();
        Countries countries = Countries.all();
        migrate(connection, countries, "training", "country");
        migrate(connection, countries, "milestone", "country");
        migrate(connection, countries, "mission", "host_country");
        audit.record(before, audit.capture(), "system");
    }

    private static void migrate(Connection connection, Countries countries, String table, String column)
            throws Exception {
        Map<Long, String> texts = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                texts.put(rows.getLong(1), rows.getString(2));
            }
        }
        for (Map.Entry<Long, String> row : texts.entrySet()) {
            Countries.Match match = countries.match(row.getValue());
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + "_country (" + table + "_id, country_code) VALUES (?, ?)")) {
                for (String code : match.codes()) {
                    insert.setLong(1, row.getKey());
                    insert.setString(2, code);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
                update.setString(1, match.unmatchedText());
                update.setLong(2, row.getKey());
                update.executeUpdate();
            }
        }
    }
}
