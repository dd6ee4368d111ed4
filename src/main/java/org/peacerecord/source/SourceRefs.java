package org.peacerecord.source;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sources of records as downloads give them, in one column: passages of the statement as
 * {@code statement#p27} (their anchor on /statement) and external sources as their URL, separated by
 * {@value #SEPARATOR}. One statement whatever the number of records, read from the {@code record_citation} view.
 */
@Component
@Transactional(readOnly = true)
public class SourceRefs {

    public static final String SEPARATOR = " | ";
    private static final int CHUNK = 1000;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * @param recordType the record type as in the view: MISSION, CONTRIBUTION, TRAINING, PERSON, MILESTONE,
     *                   KEY_FIGURE, A4P_THEME or REGION
     * @return for each record with at least one citation, its sources (passages by number, then URLs)
     */
    public Map<Long, String> of(String recordType, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Ref>> refs = new HashMap<>();
        // One statement whatever the number of records: up to a thousand by their ids, beyond that (a large download)
        // every source of the type, the others left out here, rather than one statement per thousand records.
        boolean few = ids.size() <= CHUNK;
        Set<Long> wanted = few ? null : new HashSet<>(ids);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (few ? entityManager.createNativeQuery("""
                        SELECT rc.record_id, p.number, rc.source_url
                        FROM record_citation rc LEFT JOIN passage p ON p.id = rc.passage_id
                        WHERE rc.record_type = :type AND rc.record_id IN (:ids)""").setParameter("ids", ids)
                : entityManager.createNativeQuery("""
                        SELECT rc.record_id, p.number, rc.source_url
                        FROM record_citation rc LEFT JOIN passage p ON p.id = rc.passage_id
                        WHERE rc.record_type = :type"""))
                .setParameter("type", recordType)
                .getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            if (few || wanted.contains(id)) {
                refs.computeIfAbsent(id, key -> new ArrayList<>())
                        .add(new Ref(row[1] == null ? null : ((Number) row[1]).intValue(), (String) row[2]));
            }
        }
        Map<Long, String> joined = new HashMap<>();
        refs.forEach((id, list) -> joined.put(id, list.stream().sorted().distinct().map(Ref::text)
                .collect(Collectors.joining(SEPARATOR))));
        return joined;
    }

    private record Ref(Integer passage, String url) implements Comparable<Ref> {

        private static final Comparator<Ref> ORDER = Comparator
                .comparing(Ref::passage, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Ref::url, Comparator.nullsLast(Comparator.naturalOrder()));

        String text() {
            return CitationRefs.of(passage, url);
        }

        @Override
        public int compareTo(Ref other) {
            return ORDER.compare(this, other);
        }
    }
}
