package org.peacerecord.source;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.shared.LinkedRecord;
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

/**
 * Loads the statement page in a fixed number of queries: the document, its passages, every citation
 * of a passage (from the {@code record_citation} view), and one query per type of citing record for
 * their links. Citing records are listed in the registry's order of types ({@link RecordTypes}).
 */
@Service
@Transactional(readOnly = true)
class StatementService {

    private final Statement statement;
    private final RecordTypes types;

    @PersistenceContext
    private EntityManager entityManager;

    StatementService(Statement statement, RecordTypes types) {
        this.statement = statement;
        this.types = types;
    }

    StatementPage load() {
        SourceDocument document = statement.document()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Passage> all = statement.passages();
        Map<Integer, List<StatementPage.CitingRecord>> citing = citingRecords(document);

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
        List<Passage> uncited = all.stream().filter(p -> !citing.containsKey(p.getNumber())).toList();
        return new StatementPage(document, addressees, sections, citing,
                new StatementPage.Coverage(all.size() - uncited.size(), all.size(), uncited));
    }

    /** The records citing each passage of the document, by passage number, in type order then title. */
    private Map<Integer, List<StatementPage.CitingRecord>> citingRecords(SourceDocument document) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT DISTINCT rc.record_type, rc.record_id, p.number
                        FROM record_citation rc JOIN passage p ON p.id = rc.passage_id
                        WHERE p.document_id = :document""")
                .setParameter("document", document.getId())
                .getResultList();

        Map<String, Collection<Long>> idsByType = new TreeMap<>();
        for (Object[] row : rows) {
            idsByType.computeIfAbsent((String) row[0], type -> new HashSet<>()).add(((Number) row[1]).longValue());
        }
        Map<String, Map<Long, LinkedRecord>> links = new LinkedHashMap<>();
        idsByType.forEach((type, ids) ->
                links.put(type, types.byCode(type).map(t -> types.links(t, ids)).orElse(Map.of())));

        Map<Integer, List<StatementPage.CitingRecord>> byNumber = new TreeMap<>();
        for (Object[] row : rows) {
            String type = (String) row[0];
            LinkedRecord link = links.get(type).get(((Number) row[1]).longValue());
            if (link != null) {
                byNumber.computeIfAbsent(((Number) row[2]).intValue(), n -> new ArrayList<>())
                        .add(new StatementPage.CitingRecord(type, types.byCode(type)
                                .map(t -> "type." + t.key() + ".one").orElse(type), link));
            }
        }
        Comparator<StatementPage.CitingRecord> order = Comparator
                .comparingInt((StatementPage.CitingRecord c) -> types.position(c.recordType()))
                .thenComparing(c -> c.link().title(), String.CASE_INSENSITIVE_ORDER);
        byNumber.values().forEach(list -> list.sort(order));
        return byNumber;
    }
}
