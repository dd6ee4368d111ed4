package org.peacerecord.admin.history;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.peacerecord.admin.EditorOptions;
import org.peacerecord.admin.RecordDescriber;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A record's history from its Envers revisions: who saved it when, and which fields changed from what to
 * what, found by comparing each revision with the one before. Records from the seed or an import have no
 * revision until their first change through the application; that first revision is shown with the
 * values it saved, the earlier ones being unknown.
 */
@Service
public class RecordHistory {

    /** Revisions shown, newest first; older ones are summarised by their count. */
    static final int MAX_REVISIONS = 100;

    private final EntityManager entityManager;
    private final RecordDescriber describer;
    private final EditorOptions options;

    RecordHistory(EntityManager entityManager, RecordDescriber describer, EditorOptions options) {
        this.entityManager = entityManager;
        this.describer = describer;
        this.options = options;
    }

    @Transactional(readOnly = true)
    public <E extends CitedRecord, F extends RecordForm> History of(RecordEditor<E, F> editor, long id) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = reader.createQuery()
                .forRevisionsOfEntity(editor.entityType(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        E current = entityManager.find(editor.entityType(), id);
        if (revisions.isEmpty() && current == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, editor.path() + " " + id + " has no history");
        }
        Map<String, List<Option>> options = this.options.of(editor);

        List<Entry> entries = new ArrayList<>();
        List<RecordDescriber.Field> previous = null;
        String lastLabel = null;
        for (Object[] row : revisions) {
            @SuppressWarnings("unchecked")
            E snapshot = (E) row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            if (type == RevisionType.DEL) {
                entries.add(new Entry(revision.getId(), revision.getInstant(), revision.getUsername(), Kind.DELETED,
                        List.of()));
                previous = null;
                continue;
            }
            F form = editor.toForm(snapshot);
            form.setCitationsFrom(snapshot.getCitations());
            List<RecordDescriber.Field> fields = describer.describe(editor, form, options);
            Kind kind = type == RevisionType.ADD ? Kind.CREATED : previous == null ? Kind.FIRST_RECORDED : Kind.CHANGED;
            entries.add(new Entry(revision.getId(), revision.getInstant(), revision.getUsername(), kind,
                    previous == null ? values(fields) : changes(previous, fields)));
            previous = fields;
            lastLabel = editor.label(snapshot);
        }
        Collections.reverse(entries);
        int hidden = Math.max(0, entries.size() - MAX_REVISIONS);
        String label = current != null ? editor.label(current) : lastLabel;
        return new History(editor.path(), id, label, current != null,
                entries.subList(0, Math.min(entries.size(), MAX_REVISIONS)), hidden);
    }

    /** Every field that has a value, as added: for a record's first revision. */
    private static List<Change> values(List<RecordDescriber.Field> fields) {
        return fields.stream().filter(f -> !f.lines().isEmpty())
                .map(f -> Change.of(f.label(), List.of(), f.lines(), f.list()))
                .toList();
    }

    private static List<Change> changes(List<RecordDescriber.Field> before, List<RecordDescriber.Field> after) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            RecordDescriber.Field old = before.get(i);
            RecordDescriber.Field now = after.get(i);
            if (!old.lines().equals(now.lines())) {
                changes.add(Change.of(now.label(), old.lines(), now.lines(), now.list()));
            }
        }
        return changes;
    }

    /** What a revision did. */
    public enum Kind {
        CREATED, CHANGED, DELETED,
        /** The first change recorded for a record that existed before (seed or import): earlier values unknown. */
        FIRST_RECORDED
    }

    /**
     * A record's history, newest first.
     *
     * @param exists whether the record still exists (a deleted record's history stays readable)
     * @param hidden how many older revisions are not shown
     */
    public record History(String type, long id, String label, boolean exists, List<Entry> entries, int hidden) {

        /** True when the record's earliest values were not recorded (created by the seed or an import). */
        public boolean isStartedBeforeHistory() {
            return entries.isEmpty() || entries.get(entries.size() - 1).kind() == Kind.FIRST_RECORDED;
        }
    }

    /** One revision of the record: when, by whom, what kind of change, and the changes. */
    public record Entry(long revision, Instant at, String author, Kind kind, List<Change> changes) {
    }

    /**
     * One changed field. A single value reads "before → after"; a list (themes, citations) reads as the
     * lines removed and the lines added.
     */
    public record Change(String label, String before, String after, List<String> removed, List<String> added,
                         boolean list) {

        static Change of(String label, List<String> before, List<String> after, boolean list) {
            List<String> removed = before.stream().filter(line -> !after.contains(line)).toList();
            List<String> added = after.stream().filter(line -> !before.contains(line)).toList();
            return new Change(label, String.join(", ", before), String.join(", ", after), removed, added, list);
        }
    }
}
