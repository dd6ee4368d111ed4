package org.peacerecord.publicrecord;

import org.peacerecord.country.Countries;
import org.peacerecord.database.AuditTrail;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Provenance;
import org.peacerecord.shared.Quantity;

import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes public-record rows as trainings (courses) and milestones, keyed by their CSV id: a row
 * already imported is updated in place (its citation replaced), a new one inserted, and a record imported
 * earlier whose row the data set no longer has is deleted (its address then answers 410 Gone, unless a
 * correction has already merged it into another record). What the import changed is written into the
 * records' history ({@link AuditTrail}). Plain JDBC in portable SQL, so it runs inside a Flyway migration
 * on PostgreSQL and H2 alike.
 */
public final class PublicRecordImporter {

    private final Connection connection;

    public PublicRecordImporter(Connection connection) {
        this.connection = connection;
    }

    /** Who the history names as the author of imported changes. */
    static final String AUTHOR = "system";

    public void importRows(List<PublicRecordRow> rows) throws SQLException {
        AuditTrail audit = AuditTrail.of(connection);
        AuditTrail.Snapshot before = audit.capture();
        Set<String> ids = new HashSet<>();
        for (PublicRecordRow row : rows) {
            ids.add(row.id());
            long regionId = regionId(RegionResolver.regionCode(row.unRegion(), row.country()));
            if (row.recordType() == PublicRecordRow.RecordType.COURSE) {
                upsertTraining(row, regionId);
            } else {
                upsertMilestone(row, regionId);
            }
        }
        deleteDropped("training", "TRAINING", ids);
        deleteDropped("milestone", "MILESTONE", ids);
        audit.record(before, audit.capture(), AUTHOR);
    }

    /**
     * Deletes the imported records (public record, ref in the data set's id form) whose row is gone. A contribution
     * linked to a deleted course loses the link; the old address is remembered as gone.
     */
    private void deleteDropped(String table, String recordType, Set<String> ids) throws SQLException {
        List<Long> dropped = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, ref FROM " + table + " WHERE provenance = ? AND ref IS NOT NULL")) {
            ps.setString(1, Provenance.PUBLIC_RECORD.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ref = rs.getString(2);
                    if (PublicRecordRow.ID.matcher(ref).matches() && !ids.contains(ref)) {
                        dropped.add(rs.getLong(1));
                    }
                }
            }
        }
        for (Long id : dropped) {
            if (table.equals("training")) {
                update("UPDATE contribution SET training_id = NULL, version = version + 1,"
                        + " updated_at = CURRENT_TIMESTAMP WHERE training_id = ?", id);
                update("DELETE FROM training_theme WHERE training_id = ?", id);
            }
            if (hasCountryTables()) {
                update("DELETE FROM " + table + "_country WHERE " + table + "_id = ?", id);
            }
            update("DELETE FROM " + table + "_citation WHERE " + table + "_id = ?", id);
            update("DELETE FROM " + table + " WHERE id = ?", id);
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT COUNT(*) FROM moved_record WHERE record_type = ? AND record_id = ?")) {
                ps.setString(1, recordType);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        continue;
                    }
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO moved_record (record_type, record_id, reason) VALUES (?, ?, ?)")) {
                ps.setString(1, recordType);
                ps.setLong(2, id);
                ps.setString(3, "Removed from the public-record data set");
                ps.executeUpdate();
            }
        }
    }

    private void update(String sql, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private void upsertTraining(PublicRecordRow row, long regionId) throws SQLException {
        Long id = idByRef("training", row.id());
        String sql = id == null
                ? "INSERT INTO training (title, discipline, region_id, country, location, delivery_mode,"
                  + " start_date, start_precision, end_date, end_precision, dates_as_reported, trainees,"
                  + " trainees_qualifier, trainees_as_reported, trainee_origin, partners, source_reliability, notes,"
                  + " provenance, programme, ref) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                : "UPDATE training SET title=?, discipline=?, region_id=?, country=?, location=?, delivery_mode=?,"
                  + " start_date=?, start_precision=?, end_date=?, end_precision=?, dates_as_reported=?, trainees=?,"
                  + " trainees_qualifier=?, trainees_as_reported=?, trainee_origin=?, partners=?, source_reliability=?,"
                  + " notes=?, provenance=?, programme=?, version=version+1, updated_at=CURRENT_TIMESTAMP WHERE ref=?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 0;
            ps.setString(++i, row.title());
            ps.setString(++i, row.discipline().name());
            ps.setLong(++i, regionId);
            ps.setString(++i, country(row));
            ps.setString(++i, location(row));
            ps.setString(++i, row.mode() == null ? null : row.mode().name());
            i = setPartialDate(ps, i, row.start());
            i = setPartialDate(ps, i, row.end());
            ps.setString(++i, row.datesAsReported());
            i = setQuantity(ps, i, row.trainees());
            ps.setString(++i, row.traineesAsReported());
            ps.setString(++i, row.traineeOrigin());
            ps.setString(++i, row.partners());
            ps.setString(++i, row.reliability().name());
            ps.setString(++i, row.notes());
            ps.setString(++i, Provenance.PUBLIC_RECORD.name());
            ps.setString(++i, "TPP");
            ps.setString(++i, row.id());
            ps.executeUpdate();
        }
        long saved = idByRef("training", row.id());
        replaceCitation("training", saved, row);
        replaceCountries("training", saved, row);
    }

    private void upsertMilestone(PublicRecordRow row, long regionId) throws SQLException {
        if (row.start() == null) {
            throw new IllegalArgumentException("Milestone " + row.id() + " has no date");
        }
        Long id = idByRef("milestone", row.id());
        String sql = id == null
                ? "INSERT INTO milestone (title, description, discipline, region_id, country, location,"
                  + " occurred_on, occurred_precision, ended_on, ended_precision, dates_as_reported, partners,"
                  + " source_reliability, notes, provenance, ref) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                : "UPDATE milestone SET title=?, description=?, discipline=?, region_id=?, country=?, location=?,"
                  + " occurred_on=?, occurred_precision=?, ended_on=?, ended_precision=?, dates_as_reported=?,"
                  + " partners=?, source_reliability=?, notes=?, provenance=?, version=version+1,"
                  + " updated_at=CURRENT_TIMESTAMP WHERE ref=?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 0;
            ps.setString(++i, row.title());
            ps.setString(++i, milestoneDescription(row));
            ps.setString(++i, row.discipline().name());
            ps.setLong(++i, regionId);
            ps.setString(++i, country(row));
            ps.setString(++i, location(row));
            i = setPartialDate(ps, i, row.start());
            i = setPartialDate(ps, i, row.end());
            ps.setString(++i, row.datesAsReported());
            ps.setString(++i, row.partners());
            ps.setString(++i, row.reliability().name());
            ps.setString(++i, row.notes());
            ps.setString(++i, Provenance.PUBLIC_RECORD.name());
            ps.setString(++i, row.id());
            ps.executeUpdate();
        }
        long saved = idByRef("milestone", row.id());
        replaceCitation("milestone", saved, row);
        replaceCountries("milestone", saved, row);
    }

    /** Milestones have no trainee columns: participants as reported go into the description. */
    private static String milestoneDescription(PublicRecordRow row) {
        StringJoiner joiner = new StringJoiner(" ");
        if (row.traineesAsReported() != null) {
            joiner.add("Participants: " + row.traineesAsReported() + ".");
        }
        if (row.traineeOrigin() != null) {
            joiner.add("From: " + row.traineeOrigin() + ".");
        }
        return joiner.length() == 0 ? null : joiner.toString();
    }

    private void replaceCitation(String table, Long recordId, PublicRecordRow row) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + "_citation WHERE " + table + "_id = ?")) {
            delete.setLong(1, recordId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + "_citation ("
                + table + "_id, position, source_title, source_url, source_published, summary) VALUES (?,0,?,?,?,?)")) {
            insert.setLong(1, recordId);
            insert.setString(2, sourceTitle(row.sourceUrl()));
            insert.setString(3, row.sourceUrl());
            insert.setString(4, row.sourceDate());
            insert.setString(5, row.sourceSummary());
            insert.executeUpdate();
        }
    }

    /** The data set names no source titles: the publishing site's host stands for it. */
    static String sourceTitle(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            throw new IllegalArgumentException("Source URL without host: " + url);
        }
        return host.toLowerCase(Locale.ROOT).startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * The countries the row names, as UN M49 codes ({@code training_country}, {@code milestone_country}); what
     * matches no country stays in the record's text column ({@link #country}), for editors to place.
     */
    private void replaceCountries(String table, long recordId, PublicRecordRow row) throws SQLException {
        if (!hasCountryTables()) {
            return; // a schema from before the country codes (upgrade tests): the migration to them reads the text
        }
        update("DELETE FROM " + table + "_country WHERE " + table + "_id = ?", recordId);
        if (isOnline(row.country())) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + "_country (" + table + "_id, country_code) VALUES (?, ?)")) {
            for (String code : Countries.all().match(row.country()).codes()) {
                insert.setLong(1, recordId);
                insert.setString(2, code);
                insert.executeUpdate();
            }
        }
    }

    /**
     * What of the row's country matches no country, as written; "Online (remote)" is a delivery mode, not a country:
     * it is kept as the location.
     */
    private String country(PublicRecordRow row) throws SQLException {
        if (isOnline(row.country())) {
            return null;
        }
        return hasCountryTables() ? Countries.all().match(row.country()).unmatchedText() : row.country();
    }

    private Boolean countryTables;

    private boolean hasCountryTables() throws SQLException {
        if (countryTables == null) {
            try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", null)) {
                boolean found = false;
                while (tables.next()) {
                    found |= "training_country".equalsIgnoreCase(tables.getString("TABLE_NAME"));
                }
                countryTables = found;
            }
        }
        return countryTables;
    }

    private static String location(PublicRecordRow row) {
        return isOnline(row.country()) && row.site() == null ? row.country() : row.site();
    }

    private static boolean isOnline(String country) {
        return country != null && country.toLowerCase(Locale.ROOT).startsWith("online");
    }

    private Long idByRef(String table, String ref) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM " + table + " WHERE ref = ?")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private long regionId(String code) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM region WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Region '" + code + "' is missing: regions are seeded before the import");
                }
                return rs.getLong(1);
            }
        }
    }

    private static int setPartialDate(PreparedStatement ps, int index, PartialDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index + 1, Types.DATE);
            ps.setNull(index + 2, Types.VARCHAR);
        } else {
            ps.setDate(index + 1, Date.valueOf(date.getDate()));
            ps.setString(index + 2, date.getPrecision().name());
        }
        return index + 2;
    }

    private static int setQuantity(PreparedStatement ps, int index, Quantity quantity) throws SQLException {
        if (quantity == null) {
            ps.setNull(index + 1, Types.BIGINT);
            ps.setNull(index + 2, Types.VARCHAR);
        } else {
            ps.setLong(index + 1, quantity.getValue());
            ps.setString(index + 2, quantity.getQualifier().name());
        }
        return index + 2;
    }
}
