package org.peacerecord.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.Passage;
import org.peacerecord.source.RecordLinks;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Searches every kind of record at once, case-, accent- and width-insensitively: the query is
 * normalised exactly as the records' stored {@code search_text} ({@link SearchText}) and each of its
 * words must occur in it (LIKE '%word%', wildcards escaped). Per kind of record: one query for the
 * first hits and their total (a window count), and one for their links.
 */
@Service
@Transactional(readOnly = true)
class SearchService {

    /** Longest query used; anything longer is cut (and the reader told). */
    static final int MAX_QUERY_LENGTH = 200;
    /** Most words of a query that are matched. */
    static final int MAX_TERMS = 8;
    /** Hits shown per kind of record when all kinds are shown. */
    static final int HITS_PER_GROUP = 10;
    private static final int EXCERPT_LENGTH = 240;

    private final Map<String, RecordLinks> linksByType;

    @PersistenceContext
    private EntityManager entityManager;

    SearchService(List<RecordLinks> links) {
        this.linksByType = links.stream().collect(Collectors.toMap(RecordLinks::recordType, Function.identity()));
    }

    /**
     * @param query    the reader's query (any length, any characters)
     * @param only     one kind of record to page through, or null for the first hits of every kind
     * @param pageable the page when {@code only} is given
     */
    SearchResults search(String query, SearchType only, Pageable pageable) {
        String text = query == null ? "" : query.strip();
        boolean shortened = text.length() > MAX_QUERY_LENGTH;
        if (shortened) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        List<String> terms = SearchText.terms(text, MAX_TERMS);
        if (terms.isEmpty()) {
            return SearchResults.none(text, shortened);
        }
        List<SearchResults.Group> groups = new ArrayList<>();
        for (SearchType type : only != null ? List.of(only) : List.of(SearchType.values())) {
            SearchResults.Group group = only != null
                    ? group(type, terms, (int) Math.min(pageable.getOffset(), Integer.MAX_VALUE), pageable.getPageSize())
                    : group(type, terms, 0, HITS_PER_GROUP);
            if (group.total() > 0 || only != null) {
                groups.add(group);
            }
        }
        return new SearchResults(text, shortened, only, groups);
    }

    private SearchResults.Group group(SearchType type, List<String> terms, int offset, int limit) {
        List<Object[]> rows = matching(type, terms, "e.id, count(e.id) over ()", Object[].class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = rows.isEmpty()
                ? (offset == 0 ? 0 : matching(type, terms, "count(e.id)", Long.class).getSingleResult())
                : ((Number) rows.get(0)[1]).longValue();
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        return new SearchResults.Group(type, total, hits(type, ids));
    }

    /** The query "select {select} from {entity} e where e.searchText like all terms", with the terms bound. */
    private <T> TypedQuery<T> matching(SearchType type, List<String> terms, String select, Class<T> resultType) {
        StringBuilder jpql = new StringBuilder("select ").append(select).append(" from ").append(type.entity())
                .append(" e where ");
        for (int i = 0; i < terms.size(); i++) {
            jpql.append(i == 0 ? "" : " and ").append("e.searchText like :t").append(i).append(" escape '\\'");
        }
        if (!select.startsWith("count(")) {
            jpql.append(" order by ").append(type.order());
        }
        TypedQuery<T> query = entityManager.createQuery(jpql.toString(), resultType);
        for (int i = 0; i < terms.size(); i++) {
            query.setParameter("t" + i, SearchText.containsPattern(terms.get(i)));
        }
        return query;
    }

    /** The hits for these ids, in their order: one query. */
    private List<SearchResults.Hit> hits(SearchType type, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (type == SearchType.PASSAGE) {
            Map<Long, Passage> passages = entityManager.createQuery("select p from Passage p where p.id in :ids", Passage.class)
                    .setParameter("ids", ids).getResultStream()
                    .collect(Collectors.toMap(Passage::getId, Function.identity()));
            return ids.stream().map(passages::get).filter(Objects::nonNull)
                    .map(p -> new SearchResults.Hit(null, p.getNumber(), excerpt(p.getPlainText())))
                    .toList();
        }
        RecordLinks links = linksByType.get(type.recordType());
        Map<Long, LinkedRecord> byId = links == null ? Map.of() : links.linksTo(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull)
                .map(link -> new SearchResults.Hit(link, null, null))
                .toList();
    }

    private static String excerpt(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= EXCERPT_LENGTH ? oneLine : oneLine.substring(0, EXCERPT_LENGTH).stripTrailing() + "…";
    }
}
