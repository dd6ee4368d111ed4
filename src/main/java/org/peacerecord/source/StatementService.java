package org.peacerecord.source;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.database.VersionedCache;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.web.HashedList;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Loads the statement page in a fixed number of queries: the document, its passages, the first
 * {@link #CITING_SHOWN} records citing each passage with the number of all of them (from the {@code record_citation}
 * view), and one query per type of citing record for their links. Citing records are listed in the registry's order
 * of types ({@link RecordTypes}); a passage with more links to {@code /statement/passages/{n}}, which pages through
 * all of them. The citing records are an aggregation over all the data: they are kept until the data changes
 * ({@link VersionedCache}).
 */
@Service
@Transactional(readOnly = true)
public class StatementService {

    /** Citing records shown beside a passage; the rest are one link away. */
    static final int CITING_SHOWN = 12;

    private final Statement statement;
    private final RecordTypes types;
    private final VersionedCache cache;

    @PersistenceContext
    private EntityManager entityManager;

    StatementService(Statement statement, RecordTypes types, VersionedCache cache) {
        this.statement = statement;
        this.types = types;
        this.cache = cache;
    }

    public StatementPage load() {
        SourceDocument document = statement.document()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Passage> all = statement.passages();
        Citing citing = cache.get("statement-citing:" + document.getId(), () -> citingRecords(document));

        List<Passage> addressees = new ArrayList<>();
        List<StatementPage.Section> sections = new ArrayList<>();
        List<Passage> current = null;
        String heading = null;
        for (Passage passage : all) {
            if (passage.getKind() == PassageKind.ADDRESSEE) {
                addressees.add(passage);
                continue;
            }
            if (current == null || !Objects.equals(heading, passage.getSection())) {
                heading = passage.getSection();
                current = new ArrayList<>();
                sections.add(new StatementPage.Section(heading, current));
            }
            current.add(passage);
        }
        List<Passage> uncited = all.stream().filter(p -> !citing.totals().containsKey(p.getNumber())).toList();
        return new StatementPage(document, addressees, sections, citing.shown(), citing.totals(),
                new StatementPage.Coverage(all.size() - uncited.size(), all.size(), uncited));
    }

    /** One page of all the records citing passage {@code number}: three queries, plus one per type on the page. */
    public PassageCitations citing(int number, Integer page) {
        SourceDocument document = statement.document()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Passage passage = statement.passages().stream().filter(p -> p.getNumber() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Passage", number));
        Pageable pageable = ListPages.of(page);
        long total = ((Number) entityManager.createNativeQuery("""
                        SELECT COUNT(*) FROM (SELECT DISTINCT rc.record_type, rc.record_id FROM record_citation rc
                        WHERE rc.passage_id = :passage) cited""")
                .setParameter("passage", passage.getId()).getSingleResult()).longValue();
        List<StatementPage.CitingRecord> records = List.of();
        if (pageable.getOffset() < total) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                            SELECT DISTINCT rc.record_type, rc.record_id, %s AS type_order FROM record_citation rc
                            WHERE rc.passage_id = :passage ORDER BY type_order, rc.record_id""".formatted(typeOrder()))
                    .setParameter("passage", passage.getId())
                    .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                    .getResultList();
            records = citingRecords(rows, row -> 0).getOrDefault(0, List.of());
        }
        return new PassageCitations(document, passage, new PageImpl<>(records, pageable, total));
    }

    /** The first citing records of each passage and how many there are: two queries, plus one per citing type. */
    private Citing citingRecords(SourceDocument document) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT record_type, record_id, number FROM (
                            SELECT rc.record_type, rc.record_id, p.number,
                                   ROW_NUMBER() OVER (PARTITION BY p.number ORDER BY %s, rc.record_id) AS rank
                            FROM (SELECT DISTINCT record_type, record_id, passage_id FROM record_citation) rc
                            JOIN passage p ON p.id = rc.passage_id
                            WHERE p.document_id = :document) ranked
                        WHERE rank <= :shown""".formatted(typeOrder("rc.record_type")))
                .setParameter("document", document.getId())
                .setParameter("shown", CITING_SHOWN)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = entityManager.createNativeQuery("""
                        SELECT p.number, COUNT(*) FROM (SELECT DISTINCT record_type, record_id, passage_id
                        FROM record_citation) rc JOIN passage p ON p.id = rc.passage_id
                        WHERE p.document_id = :document GROUP BY p.number""")
                .setParameter("document", document.getId())
                .getResultList();
        Map<Integer, Long> totals = new TreeMap<>();
        counts.forEach(row -> totals.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        Map<Integer, List<StatementPage.CitingRecord>> shown = citingRecords(rows, row -> ((Number) row[2]).intValue());
        shown.replaceAll((number, list) -> HashedList.of(list)); // kept: pr:replace-cached hashes them at every view
        return new Citing(Map.copyOf(shown), Map.copyOf(totals));
    }

    /** Links for rows of (record type, record id, …), grouped by a key, in type order then title. */
    private Map<Integer, List<StatementPage.CitingRecord>> citingRecords(List<Object[]> rows,
                                                                        java.util.function.ToIntFunction<Object[]> key) {
        Map<String, Collection<Long>> idsByType = new TreeMap<>();
        for (Object[] row : rows) {
            idsByType.computeIfAbsent((String) row[0], type -> new HashSet<>()).add(((Number) row[1]).longValue());
        }
        Map<String, Map<Long, LinkedRecord>> links = new LinkedHashMap<>();
        idsByType.forEach((type, ids) ->
                links.put(type, types.byCode(type).map(t -> types.links(t, ids)).orElse(Map.of())));

        Map<Integer, List<StatementPage.CitingRecord>> byKey = new TreeMap<>();
        for (Object[] row : rows) {
            String type = (String) row[0];
            LinkedRecord link = links.get(type).get(((Number) row[1]).longValue());
            if (link != null) {
                byKey.computeIfAbsent(key.applyAsInt(row), n -> new ArrayList<>())
                        .add(new StatementPage.CitingRecord(type, types.byCode(type)
                                .map(t -> "type." + t.key() + ".one").orElse(type), link));
            }
        }
        Comparator<StatementPage.CitingRecord> order = Comparator
                .comparingInt((StatementPage.CitingRecord c) -> types.position(c.recordType()))
                .thenComparing(c -> c.link().title(), String.CASE_INSENSITIVE_ORDER);
        byKey.replaceAll((number, list) -> list.stream().sorted(order).toList());
        return byKey;
    }

    /** The registry's order of types as SQL, for ordering citing records. */
    private String typeOrder() {
        return typeOrder("rc.record_type");
    }

    private String typeOrder(String column) {
        return types.all().stream()
                .map(t -> " WHEN '" + t.code() + "' THEN " + types.position(t.code()))
                .collect(Collectors.joining("", "CASE " + column, " ELSE 999 END"));
    }

    /** The citing records shown per passage number, and the number of all of them. */
    private record Citing(Map<Integer, List<StatementPage.CitingRecord>> shown, Map<Integer, Long> totals) {
    }

    /** One page of the records citing a passage. */
    public record PassageCitations(SourceDocument document, Passage passage, Page<StatementPage.CitingRecord> records) {
    }
}
