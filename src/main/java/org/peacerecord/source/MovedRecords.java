package org.peacerecord.source;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Records merged into another or removed (table {@code moved_record}, written by data corrections and the
 * public-record import). People cite record addresses, so a missing record is looked up here before it is called
 * unknown: merged, its address leads to the record that replaced it; removed, it is gone, with the reason.
 */
@Service
@Transactional(readOnly = true)
public class MovedRecords {

    private final JdbcTemplate jdbc;
    private final RecordTypes types;

    @PersistenceContext
    private EntityManager entityManager;

    MovedRecords(JdbcTemplate jdbc, RecordTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    /** What became of the record a lookup did not find, if it was looked up by type and id and merged or removed. */
    public Optional<Moved> find(RecordNotFoundException missing) {
        return missing.recordType() == null ? Optional.empty() : find(missing.recordType(), missing.id());
    }

    /** What became of a record of this type and id, if it was merged or removed. */
    public Optional<Moved> find(String recordType, long id) {
        return jdbc.query("SELECT target_type, target_id, moved_at, reason FROM moved_record"
                                + " WHERE record_type = ? AND record_id = ?",
                        (rs, n) -> new Row(rs.getString(1), (Long) rs.getObject(2), rs.getObject(3, OffsetDateTime.class),
                                rs.getString(4)),
                        recordType, id)
                .stream().findFirst()
                .map(row -> new Moved(row.targetType() == null ? null : href(row.targetType(), row.targetId()),
                        row.movedAt(), row.reason()));
    }

    /** The current address of a record, or null if it no longer exists (then the old address is simply gone). */
    private String href(String type, long id) {
        return types.byCode(type)
                .map(t -> href(t, id))
                .orElse(null);
    }

    private <E extends CitedRecord> String href(RecordType<E> type, long id) {
        E target = entityManager.find(type.entityType(), id);
        return target == null ? null : type.link(target).href();
    }

    private record Row(String targetType, Long targetId, OffsetDateTime movedAt, String reason) {
    }

    /**
     * A merged or removed record.
     *
     * @param href where its content lives now, or null when it was removed (or its successor was removed since)
     */
    public record Moved(String href, OffsetDateTime movedAt, String reason) {
    }
}
