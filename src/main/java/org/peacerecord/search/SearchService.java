package org.peacerecord.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.source.Passage;
import org.peacerecord.source.RecordType;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.web.InvalidFilterException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Searches every searchable record type of the registry ({@link RecordTypes}) and the statement's passages at
 * once, case-, accent- and width-insensitively: the query is normalised exactly as the records' stored
 * {@code search_text} ({@link SearchText}) and each of its words must occur in it (LIKE '%word%', wildcards
 * escaped; a Latin word of one or two characters at the beginning of a word, {@link #byWordStart}). Per kind of
 * record: one query for the first hits and their total. The total is a subquery of its own, not a window count
 * over the hits: PostgreSQL (15) costs a window count under a LIMIT as if it stopped early, and at 100 times the
 * data walked all 20,000 trainings in date order to count the 2,856 that say "timor" (35-43 ms; 6-13 ms as two
 * scans, the first hits in date order stopping early). A kind with few hits is now scanned twice instead of once
 * (people: 4 ms more).
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
    /** When all kinds are shown, the hits of each are counted up to this many ("100+"); one kind's pages count all. */
    static final int COUNTED_UP_TO = 100;
    /** The key of the statement's passages among the kinds of record. */
    static final String PASSAGE = "passage";
    private static final int EXCERPT_LENGTH = 240;

    private final RecordTypes types;

    @PersistenceContext
    private EntityManager entityManager;

    /** Whether the database is PostgreSQL ({@link #planForTheseTerms}). */
    private final boolean postgres;

    SearchService(RecordTypes types, EntityManagerFactory entityManagerFactory) {
        this.types = types;
        this.postgres = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
    }

    /**
     * @param query    the reader's query (any length, any characters)
     * @param only     the key of one kind of record to page through, or null for the first hits of every kind
     * @param pageable the page when {@code only} is given
     */
    SearchResults search(String query, String only, Pageable pageable) {
        List<Kind> kinds = kinds();
        if (only != null && kinds.stream().noneMatch(kind -> kind.key().equals(only))) {
            throw new InvalidFilterException("type", only);
        }
        String text = query == null ? "" : query.strip();
        boolean shortened = text.length() > MAX_QUERY_LENGTH;
        if (shortened) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        List<String> terms = SearchText.terms(text, MAX_TERMS);
        if (terms.isEmpty()) {
            return SearchResults.none(text, shortened, only);
        }
        if (postgres) {
            planForTheseTerms();
        }
        Conditions conditions = Conditions.of(terms);
        List<SearchResults.Group> groups = new ArrayList<>();
        for (Kind kind : kinds) {
            if (only != null && !kind.key().equals(only)) {
                continue;
            }
            SearchResults.Group group = only != null
                    ? group(kind, conditions, (int) Math.min(pageable.getOffset(), Integer.MAX_VALUE), pageable.getPageSize(), true)
                    : group(kind, conditions, 0, HITS_PER_GROUP, false);
            if (group.total() > 0 || only != null) {
                groups.add(group);
            }
        }
        return new SearchResults(text, shortened, only, groups);
    }

    /**
     * Has PostgreSQL plan each of this transaction's queries for the terms bound, not reuse a plan made for any terms.
     * A term's hits range from none to every row, and a plan made for any terms assumes a few: at 100 times the data
     * it read and sorted all 2,856 trainings that say "timor" to show the first ten, where a plan for "timor" walks
     * them in date order and stops at the tenth, and counted them all where it stops at the hundredth.
     */
    private void planForTheseTerms() {
        entityManager.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
                .getSingleResult();
    }

    /** The kinds of record searched, in the registry's order, the statement's passages last. */
    private List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        for (RecordType<?> type : types.searchable()) {
            kinds.add(new Kind(type.key(), types.entityName(type), type.order(), type));
        }
        kinds.add(new Kind(PASSAGE, "Passage", "e.document.id, e.number", null));
        return kinds;
    }

    /**
     * The hits of one kind from {@code offset} on, and their total: exact when paging through one kind, counted up to
     * {@link #COUNTED_UP_TO} when showing the first hits of every kind (the reader sees "100+"; counting all 2,856
     * trainings that say "timor" at 100 times the data was most of the search's time in the database). The count's
     * "order by c.id" is there because Hibernate allows a limit in a subquery only after an order; PostgreSQL walks
     * the primary key until the hundredth match, or sorts the matches by id where it expects few of them.
     */
    private SearchResults.Group group(Kind kind, Conditions conditions, int offset, int limit, boolean exact) {
        String matches = kind.entity() + " c where " + conditions.on("c");
        String count = exact ? "(select count(c.id) from " + matches + ")"
                : "(select count(*) from (select c.id as id from " + matches + " order by c.id fetch first "
                + COUNTED_UP_TO + " rows only))";
        List<Object[]> rows = matching(kind, conditions, "e, " + count, Object[].class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = rows.isEmpty()
                ? (offset == 0 ? 0 : matching(kind, conditions, "count(e.id)", Long.class).getSingleResult())
                : ((Number) rows.get(0)[1]).longValue();
        List<SearchResults.Hit> hits = rows.stream().map(row -> hit(row[0])).toList();
        return new SearchResults.Group(kind.key(), kind.labelKey(), total, !exact && total >= COUNTED_UP_TO, hits);
    }

    /** A record found, as the page shows it: its link, or a passage's number and the beginning of its text. */
    private SearchResults.Hit hit(Object record) {
        if (record instanceof Passage passage) {
            return new SearchResults.Hit(null, passage.getNumber(), excerpt(passage.getPlainText()));
        }
        return new SearchResults.Hit(types.link((CitedRecord) record), null, null);
    }

    /** The query "select {select} from {entity} e where {conditions on e}", with the terms bound. */
    private <T> TypedQuery<T> matching(Kind kind, Conditions conditions, String select, Class<T> resultType) {
        StringBuilder jpql = new StringBuilder("select ").append(select).append(" from ").append(kind.entity())
                .append(" e where ").append(conditions.on("e"));
        if (!select.startsWith("count(")) {
            jpql.append(" order by ").append(kind.order());
        }
        TypedQuery<T> query = entityManager.createQuery(jpql.toString(), resultType);
        conditions.values().forEach(query::setParameter);
        return query;
    }

    /**
     * The terms of a query as conditions on a record's search text, and the values they bind; each term's rule decided
     * here once. Every term is "{alias}.searchText like :t0" (and :t1…); a Japanese (or Chinese) term too short for
     * the trigram indexes also "has_characters({alias}.searchText, :c0)", which an index of the characters answers
     * ({@link SearchCharacters}); any other term too short must begin a word, "({alias}.searchText like :t0 or
     * {alias}.searchText like :w0)" ({@link #byWordStart}). The same names are bound in a query and its count
     * subquery, which {@link #on} writes for another alias.
     *
     * @param clauses each a format with the alias as its one argument, joined by "and"
     * @param values  the value of each named parameter
     */
    private record Conditions(List<String> clauses, Map<String, String> values) {

        static Conditions of(List<String> terms) {
            List<String> clauses = new ArrayList<>();
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < terms.size(); i++) {
                String term = terms.get(i);
                String like = "%1$s.searchText like :t" + i + " escape '\\'";
                if (byWordStart(term)) {
                    List<String> patterns = SearchText.wordStartPatterns(term);
                    clauses.add("(" + like + " or %1$s.searchText like :w" + i + " escape '\\')");
                    values.put("t" + i, patterns.get(0));
                    values.put("w" + i, patterns.get(1));
                } else {
                    clauses.add(like);
                    values.put("t" + i, SearchText.containsPattern(term));
                }
                if (byCharacters(term)) {
                    clauses.add(SearchCharacters.FUNCTION + "(%1$s.searchText, :c" + i + ")");
                    values.put("c" + i, term);
                }
            }
            return new Conditions(List.copyOf(clauses), Collections.unmodifiableMap(values));
        }

        /** "{alias}.searchText like :t0 and …" */
        String on(String alias) {
            return clauses.stream().map(clause -> clause.formatted(alias)).collect(Collectors.joining(" and "));
        }
    }

    /**
     * Whether a term is also looked up by its characters: one or two characters (no trigram of it to look up), one of
     * them from the CJK blocks (U+3000 on: kana, ideographs), which few records hold. A short Latin term ("un", "a")
     * is in most records: looked up by its characters it took seconds at 100x; it begins a word instead ({@link
     * #byWordStart}).
     */
    static boolean byCharacters(String term) {
        return isShort(term) && term.codePoints().anyMatch(c -> c >= 0x3000);
    }

    /**
     * Whether a term must begin a word of the record's text rather than occur anywhere in it: one or two characters,
     * none from the CJK blocks ("un", "a", "19"). Found anywhere, "un" matched "fund" and "community", had no trigram
     * to look up and so read every row (at 100x, ~130-180 ms in the contributions); at the beginning of a word it is
     * what a reader means by "UN", and PostgreSQL's trigram indexes hold the beginnings of words ("  u", " un"):
     * ~1 ms there.
     */
    static boolean byWordStart(String term) {
        return isShort(term) && !byCharacters(term);
    }

    /** A term of one or two characters: no trigram of it for the trigram indexes to look up. */
    private static boolean isShort(String term) {
        return term.codePointCount(0, term.length()) < 3;
    }

    private static String excerpt(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= EXCERPT_LENGTH ? oneLine : oneLine.substring(0, EXCERPT_LENGTH).stripTrailing() + "…";
    }

    /** One kind of record searched: its key, JPA entity, order of hits, and record type (null for passages). */
    private record Kind(String key, String entity, String order, RecordType<?> type) {

        String labelKey() {
            return type == null ? "search.group.passage" : "type." + key + ".plural";
        }
    }
}
