package org.peacerecord.admin.history;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.peacerecord.admin.EditorRegistry;
import org.peacerecord.database.InValues;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.source.RecordType;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.web.CurrentUrl;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The public change feed (Atom, written with ROME): the latest committed changes to the record — each record added,
 * changed or deleted, newest first, linking to its page — overall ({@code /changes.atom}) and per record type
 * ({@code /changes/training.atom}). Built from the history Envers keeps: each revision lists the kinds of record it
 * changed ({@link Revision#getModifiedEntityNames()}), so one query finds the revisions and one per revision its
 * records. Only public records; never accounts; editors are not named.
 */
@Controller
@Transactional(readOnly = true)
class ChangeFeed {

    static final int REVISIONS = 50;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final EntityManager entityManager;
    private final RecordTypes types;
    private final RecordHistory history;
    private final EditorRegistry editors;

    ChangeFeed(EntityManager entityManager, RecordTypes types, RecordHistory history, EditorRegistry editors) {
        this.entityManager = entityManager;
        this.types = types;
        this.history = history;
        this.editors = editors;
    }

    @GetMapping("/changes.atom")
    ResponseEntity<String> all() throws FeedException {
        return feed(null);
    }

    @GetMapping("/changes/{key:[a-z]{1,30}}.atom")
    ResponseEntity<String> ofType(@PathVariable String key) throws FeedException {
        RecordType<?> type = types.all().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("feed", key));
        return feed(type);
    }

    private ResponseEntity<String> feed(RecordType<?> only) throws FeedException {
        String base = CurrentUrl.site();
        List<String> entityNames = (only == null ? types.all() : List.<RecordType<?>>of(only)).stream()
                .map(type -> type.entityType().getName()).toList();
        InValues names = InValues.of("n", "name", entityNames);
        List<Revision> revisions = names.bind(entityManager.createQuery("select distinct r from Revision r"
                        + " join r.modifiedEntityNames n where " + names.condition() + " order by r.id desc", Revision.class))
                .setMaxResults(REVISIONS).getResultList();

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("Peace Operations Record: changes" + (only == null ? "" : " to " + only.key() + " records"));
        feed.setDescription("Records added, changed and deleted, newest first.");
        feed.setUri(base + (only == null ? "/changes.atom" : "/changes/" + only.key() + ".atom"));
        feed.setLink(base + "/");
        feed.setLinks(List.of(link(feed.getUri(), "self"), link(base + "/", "alternate")));
        feed.setCopyright("Creative Commons Attribution 4.0 (CC BY 4.0)");
        feed.setAuthor("Peace Operations Record");
        feed.setPublishedDate(revisions.isEmpty() ? new Date(0) : Date.from(revisions.get(0).getInstant()));

        List<SyndEntry> entries = new ArrayList<>();
        var changes = AuditReaderFactory.get(entityManager).getCrossTypeRevisionChangesReader();
        for (Revision revision : revisions) {
            Map<RevisionType, List<Object>> changed = changes.findEntitiesGroupByRevisionType(revision.getId());
            for (Map.Entry<RevisionType, List<Object>> group : changed.entrySet()) {
                for (Object entity : group.getValue()) {
                    if (entity instanceof CitedRecord record && (only == null || only.entityType().isInstance(record))) {
                        entries.add(entry(base, revision, group.getKey(), record));
                    }
                }
            }
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
    }

    private SyndEntry entry(String base, Revision revision, RevisionType kind, CitedRecord record) {
        RecordType<?> type = types.typeOf(record);
        String what = switch (kind) {
            case ADD -> "Added";
            case MOD -> "Changed";
            case DEL -> "Deleted";
        };
        // A deleted record keeps only its id in the history: its address answers 404, 410 or 301 (moved_record).
        LinkedRecord link = kind == RevisionType.DEL ? null : types.link(record);
        String title = link == null ? null : link.title();
        String href = link == null ? null : link.href();
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(what + ": " + (title != null ? title : type.key() + " " + record.getId()));
        entry.setUri("urn:peace-record:revision:" + revision.getId() + ":" + type.code() + ":" + record.getId());
        if (href != null) {
            entry.setLink(base + href);
        }
        entry.setUpdatedDate(Date.from(revision.getInstant()));
        entry.setPublishedDate(Date.from(revision.getInstant()));
        entry.setAuthor("Peace Operations Record");
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(what + " " + type.key() + " record " + record.getId() + " (revision " + revision.getId() + ")"
                + (kind == RevisionType.MOD ? whatChanged(record, revision) : ""));
        entry.setDescription(summary);
        return entry;
    }

    /**
     * The fields the revision changed, "label: before → after", as the record's history shows them (the editors'
     * view of the record, field by field); nothing when the history cannot say (the record's earliest values were not
     * recorded).
     */
    private String whatChanged(CitedRecord record, Revision revision) {
        return editors.of(record.getClass()).map(editor -> history.of(editor, record.getId()).entries().stream()
                        .filter(e -> e.revision() == revision.getId() && e.kind() == RecordHistory.Kind.CHANGED)
                        .flatMap(e -> e.changes().stream())
                        .map(c -> c.label() + ": " + cut(c.before()) + " → " + cut(c.after()))
                        .reduce((a, b) -> a + "\n" + b).map(text -> "\n" + text).orElse(""))
                .orElse("");
    }

    private static String cut(String value) {
        return value == null || value.isEmpty() ? "—" : value.length() > 160 ? value.substring(0, 160) + "…" : value;
    }

    private static SyndLink link(String href, String rel) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
