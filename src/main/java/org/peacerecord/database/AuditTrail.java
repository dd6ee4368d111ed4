package org.peacerecord.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes changes made outside the application (data migrations, the public-record import) into the records'
 * history, in the audit tables Hibernate Envers reads. Capture the audited tables before the change and after it,
 * then {@link #record record} the difference: one revision adds, changes or deletes each record that differs, with
 * the rows of its collections (citations, theme and mission links) added or removed; the data version advances.
 * <p>
 * A seed record that has never been changed has no audit rows, so its history would start with the corrected
 * values and say nothing of what was corrected. For such records a baseline revision comes first, holding the values
 * before the change: the history then reads "first recorded" (the old values), then "changed" (the correction).
 * <p>
 * Which tables are audited, and their columns, comes from the database itself: every table {@code T} with a
 * {@code T_aud} twin and an {@code id} column is a record table; every {@code T_x} with a {@code T_x_aud} twin and a
 * {@code T_id} column is one of its collections. Plain JDBC in portable SQL, for PostgreSQL and H2 alike.
 */
public final class AuditTrail {

    /** Envers' revision types. */
    private static final int ADD = 0;
    private static final int MOD = 1;
    private static final int DEL = 2;

    private static final Set<String> AUDIT_ONLY_COLUMNS = Set.of("rev", "revtype", "setordinal");

    private final Connection connection;
    private final List<AuditedTable> tables;
    /** Whether the schema has the data version yet (it came after the first audit tables). */
    private final boolean versioned;

    private AuditTrail(Connection connection, List<AuditedTable> tables, boolean versioned) {
        this.connection = connection;
        this.tables = tables;
        this.versioned = versioned;
    }

    /** Discovers the audited tables of the connection's current schema. */
    public static AuditTrail of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Map<String, List<String>> columns = new HashMap<>();
        for (String name : names) {
            columns.put(name, columns(meta, schema, name));
        }
        List<AuditedTable> tables = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith("_aud") || !names.contains(name + "_aud") || !columns.get(name).contains("id")) {
                continue;
            }
            List<Collection> collections = new ArrayList<>();
            String owner = name + "_id";
            for (String candidate : names) {
                if (candidate.startsWith(name + "_") && !candidate.endsWith("_aud") && names.contains(candidate + "_aud")
                        && columns.get(candidate).contains(owner)) {
                    List<String> values = shared(columns.get(candidate), columns.get(candidate + "_aud"));
                    values.remove(owner);
                    collections.add(new Collection(candidate, owner, values));
                }
            }
            List<String> values = shared(columns.get(name), columns.get(name + "_aud"));
            values.remove("id");
            tables.add(new AuditedTable(name, values, collections, columns.get(name).contains("search_text")));
        }
        return new AuditTrail(connection, tables, names.contains("data_version"));
    }

    private static List<String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!columns.isEmpty()) {
                break;
            }
        }
        return columns;
    }

    private static List<String> shared(List<String> table, List<String> audit) {
        List<String> shared = new ArrayList<>();
        for (String column : table) {
            if (audit.contains(column) && !AUDIT_ONLY_COLUMNS.contains(column)) {
                shared.add(column);
            }
        }
        return shared;
    }

    /** The names of the record tables found, e.g. for a test that every entity is covered. */
    public Set<String> recordTables() {
        Set<String> names = new LinkedHashSet<>();
        tables.forEach(t -> names.add(t.name()));
        return names;
    }

    /** The current values of every audited record and its collections. */
    public Snapshot capture() throws SQLException {
        Map<String, Map<Long, Values>> records = new LinkedHashMap<>();
        for (AuditedTable table : tables) {
            Map<Long, Values> rows = new TreeMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id" + prefixed(table.columns()) + " FROM " + table.name());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Values(read(rs, 2, table.columns().size()), new HashMap<>()));
                }
            }
            for (Collection collection : table.collections()) {
                try (PreparedStatement ps = connection.prepareStatement("SELECT " + collection.owner()
                        + prefixed(collection.columns()) + " FROM " + collection.name());
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Values owner = rows.get(rs.getLong(1));
                        if (owner != null) {
                            owner.collections().computeIfAbsent(collection.name(), k -> new HashSet<>())
                                    .add(read(rs, 2, collection.columns().size()));
                        }
                    }
                }
            }
            records.put(table.name(), rows);
        }
        return new Snapshot(records);
    }

    /**
     * Writes what changed between two snapshots as one revision by {@code username}, preceded by a baseline revision
     * for changed records that had no history yet. Writes nothing when nothing changed.
     *
     * @return the number of records added, changed or deleted
     */
    public int record(Snapshot before, Snapshot after, String username) throws SQLException {
        Map<AuditedTable, List<Long>> baseline = new LinkedHashMap<>();
        Map<AuditedTable, Map<Long, Integer>> changes = new LinkedHashMap<>();
        int count = 0;
        for (AuditedTable table : tables) {
            Map<Long, Values> old = before.records().getOrDefault(table.name(), Map.of());
            Map<Long, Values> now = after.records().getOrDefault(table.name(), Map.of());
            Map<Long, Integer> changed = new TreeMap<>();
            Set<Long> ids = new TreeSet<>(old.keySet());
            ids.addAll(now.keySet());
            for (Long id : ids) {
                Values was = old.get(id);
                Values is = now.get(id);
                if (was == null) {
                    changed.put(id, ADD);
                } else if (is == null) {
                    changed.put(id, DEL);
                } else if (!was.equals(is)) {
                    changed.put(id, MOD);
                }
            }
            List<Long> withoutHistory = new ArrayList<>();
            for (Map.Entry<Long, Integer> change : changed.entrySet()) {
                if (change.getValue() != ADD && !hasHistory(table, change.getKey())) {
                    withoutHistory.add(change.getKey());
                }
            }
            baseline.put(table, withoutHistory);
            changes.put(table, changed);
            count += changed.size();
        }
        if (count == 0) {
            return 0;
        }
        if (versioned) {
            DataVersion.advance(connection);
        }
        clearSearchText(changes);
        if (baseline.values().stream().anyMatch(ids -> !ids.isEmpty())) {
            long rev = newRevision(username);
            for (Map.Entry<AuditedTable, List<Long>> entry : baseline.entrySet()) {
                AuditedTable table = entry.getKey();
                for (Long id : entry.getValue()) {
                    Values values = before.records().get(table.name()).get(id);
                    writeRecord(table, id, rev, MOD, values);
                    for (Collection collection : table.collections()) {
                        for (List<Object> element : values.elements(collection)) {
                            writeElement(collection, id, rev, ADD, element);
                        }
                    }
                }
            }
        }
        long rev = newRevision(username);
        for (Map.Entry<AuditedTable, Map<Long, Integer>> entry : changes.entrySet()) {
            AuditedTable table = entry.getKey();
            for (Map.Entry<Long, Integer> change : entry.getValue().entrySet()) {
                long id = change.getKey();
                Values was = before.records().getOrDefault(table.name(), Map.of()).get(id);
                Values is = after.records().getOrDefault(table.name(), Map.of()).get(id);
                writeRecord(table, id, rev, change.getValue(), is);
                for (Collection collection : table.collections()) {
                    Set<List<Object>> old = was == null ? Set.of() : was.elements(collection);
                    Set<List<Object>> now = is == null ? Set.of() : is.elements(collection);
                    for (List<Object> element : old) {
                        if (!now.contains(element)) {
                            writeElement(collection, id, rev, DEL, element);
                        }
                    }
                    for (List<Object> element : now) {
                        if (!old.contains(element)) {
                            writeElement(collection, id, rev, ADD, element);
                        }
                    }
                }
            }
        }
        return count;
    }

    /**
     * The search text of the records added or changed is out of date: emptied, so that the start-up refresh
     * (search.SearchTextRefresh) computes it again from the record.
     */
    private void clearSearchText(Map<AuditedTable, Map<Long, Integer>> changes) throws SQLException {
        for (Map.Entry<AuditedTable, Map<Long, Integer>> entry : changes.entrySet()) {
            if (!entry.getKey().searchable()) {
                continue;
            }
            for (Map.Entry<Long, Integer> change : entry.getValue().entrySet()) {
                if (change.getValue() != DEL) {
                    try (PreparedStatement ps = connection.prepareStatement(
                            "UPDATE " + entry.getKey().name() + " SET search_text = NULL WHERE id = ?")) {
                        ps.setLong(1, change.getKey());
                        ps.executeUpdate();
                    }
                }
            }
        }
    }

    private boolean hasHistory(AuditedTable table, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + table.name() + "_aud WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** A new revision; the id is read back as the greatest, migrations and imports running alone. */
    private long newRevision(String username) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO revinfo (timestamp, username) VALUES (?, ?)")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.setString(2, username);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT MAX(id) FROM revinfo");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void writeRecord(AuditedTable table, long id, long rev, int type, Values values) throws SQLException {
        List<String> columns = type == DEL ? List.of() : table.columns();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + table.name() + "_aud (id, rev, revtype"
                + prefixed(columns) + ") VALUES (?, ?, ?" + ", ?".repeat(columns.size()) + ")")) {
            ps.setLong(1, id);
            ps.setLong(2, rev);
            ps.setInt(3, type);
            for (int i = 0; i < columns.size(); i++) {
                ps.setObject(4 + i, values.columns().get(i));
            }
            ps.executeUpdate();
        }
    }

    private void writeElement(Collection collection, long owner, long rev, int type, List<Object> element)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + collection.name() + "_aud ("
                + collection.owner() + ", rev, revtype" + prefixed(collection.columns()) + ") VALUES (?, ?, ?"
                + ", ?".repeat(collection.columns().size()) + ")")) {
            ps.setLong(1, owner);
            ps.setLong(2, rev);
            ps.setInt(3, type);
            for (int i = 0; i < element.size(); i++) {
                ps.setObject(4 + i, element.get(i));
            }
            ps.executeUpdate();
        }
    }

    private static String prefixed(List<String> columns) {
        StringBuilder sql = new StringBuilder();
        columns.forEach(column -> sql.append(", ").append(column));
        return sql.toString();
    }

    private static List<Object> read(ResultSet rs, int from, int count) throws SQLException {
        List<Object> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(rs.getObject(from + i));
        }
        return values;
    }

    private record AuditedTable(String name, List<String> columns, List<Collection> collections, boolean searchable) {
    }

    private record Collection(String name, String owner, List<String> columns) {
    }

    /** A record's audited values and the elements of its collections. */
    private record Values(List<Object> columns, Map<String, Set<List<Object>>> collections) {

        Set<List<Object>> elements(Collection collection) {
            return collections.getOrDefault(collection.name(), Set.of());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Values that && columns.equals(that.columns)
                    && withoutEmpty(collections).equals(withoutEmpty(that.collections));
        }

        @Override
        public int hashCode() {
            return Objects.hash(columns, withoutEmpty(collections));
        }

        private static Map<String, Set<List<Object>>> withoutEmpty(Map<String, Set<List<Object>>> collections) {
            Map<String, Set<List<Object>>> map = new HashMap<>(collections);
            map.values().removeIf(Set::isEmpty);
            return map;
        }
    }

    /** The audited records at one moment, by table and id. */
    public static final class Snapshot {

        private final Map<String, Map<Long, Values>> records;

        private Snapshot(Map<String, Map<Long, Values>> records) {
            this.records = records;
        }

        private Map<String, Map<Long, Values>> records() {
            return records;
        }
    }
}
