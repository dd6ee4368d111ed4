package org.peacerecord.source;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.database.InValues;
import org.peacerecord.database.VersionedCache;
import org.peacerecord.shared.LinkedRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The registry of record types ({@link RecordType} beans, in their {@code @Order}): one list that the statement
 * page, search, overview and navigation all read, and the queries that work for any type. Its counts over all the
 * data (how many of each type, per year, on the timeline) are kept per data version ({@link VersionedCache}): the
 * overview and the sitemap ask for them on every view. Only its queries are transactional: {@link #link} and
 * {@link #typeOf} are called once per record listed (a search's hits, a download's rows, the sitemap), and a
 * transaction interceptor around each call was a tenth of the search's application time at 100 times the data.
 */
@Component("recordTypes")
public class RecordTypes {

    private final List<RecordType<?>> types;
    private final Map<String, RecordType<?>> byCode;

    @PersistenceContext
    private EntityManager entityManager;

    private final VersionedCache cache;

    RecordTypes(List<RecordType<?>> types, VersionedCache cache) {
        this.types = List.copyOf(types);
        this.cache = cache;
        this.byCode = types.stream().collect(Collectors.toMap(RecordType::code, t -> t, (a, b) -> {
            throw new IllegalStateException("Two record types with the code " + a.code());
        }, LinkedHashMap::new));
    }

    /** Every type, in order. */
    public List<RecordType<?>> all() {
        return types;
    }

    public Optional<RecordType<?>> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** How other pages list a record, by its type's {@link RecordType#link}. */
    public LinkedRecord link(CitedRecord record) {
        return link(typeOf(record), record);
    }

    @SuppressWarnings("unchecked")
    private <E extends CitedRecord> LinkedRecord link(RecordType<E> type, CitedRecord record) {
        return type.link((E) record);
    }

    /** What a record is in schema.org terms, by its type's {@link RecordType#structuredData}. */
    public java.util.Map<String, Object> structuredData(CitedRecord record) {
        return structuredData(typeOf(record), record);
    }

    @SuppressWarnings("unchecked")
    private <E extends CitedRecord> java.util.Map<String, Object> structuredData(RecordType<E> type, CitedRecord record) {
        return type.structuredData((E) record);
    }

    /** The type of a record (of an entity or a Hibernate proxy of one). */
    public RecordType<?> typeOf(CitedRecord record) {
        return types.stream().filter(t -> t.entityType().isInstance(record)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No record type for " + record.getClass()));
    }

    /** The types with a public list page, in order. */
    public List<RecordType<?>> withListPage() {
        return types.stream().filter(t -> t.listPage() != null).toList();
    }

    /** The types the search finds, in order. */
    public List<RecordType<?>> searchable() {
        return types.stream().filter(RecordType::isSearchable).toList();
    }

    /** The position of a type in the order (unknown codes last). */
    public int position(String code) {
        RecordType<?> type = byCode.get(code);
        return type == null ? types.size() : types.indexOf(type);
    }

    /** Links to the records of one type with these ids (unknown ids are absent): one query. */
    @Transactional(readOnly = true)
    public Map<Long, LinkedRecord> links(RecordType<?> type, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : load(type, ids);
    }

    private <E extends CitedRecord> Map<Long, LinkedRecord> load(RecordType<E> type, Collection<Long> ids) {
        Map<Long, LinkedRecord> links = new HashMap<>();
        InValues these = InValues.of("e.id", "id", ids);
        these.bind(entityManager.createQuery("select e from " + entityName(type) + " e where " + these.condition(),
                        type.entityType()))
                .getResultList()
                .forEach(record -> links.put(record.getId(), type.link(record)));
        return links;
    }

    /** How many records of each type there are, by code: one statement whatever the number of types. */
    @Transactional(readOnly = true)
    public Map<String, Long> counts() {
        return cache.get("record-counts", () -> Collections.unmodifiableMap(countsNow()));
    }

    private Map<String, Long> countsNow() {
        String select = types.stream().map(t -> "(select count(e) from " + entityName(t) + " e)")
                .collect(Collectors.joining(", "));
        Object result = entityManager.createQuery("select " + select).getSingleResult();
        Object[] row = result instanceof Object[] values ? values : new Object[]{result};
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            counts.put(types.get(i).code(), row[i] == null ? 0L : ((Number) row[i]).longValue());
        }
        return counts;
    }

    /** How many entries the timeline has ({@link RecordType#timelineEntries()}): one statement. */
    @Transactional(readOnly = true)
    public long timelineCount() {
        return cache.get("record-timeline-count", this::timelineCountNow);
    }

    private long timelineCountNow() {
        String select = types.stream().filter(RecordType::isOnTimeline)
                .map(t -> "(select count(e) from " + entityName(t) + " e where " + t.timelineEntries() + ")")
                .collect(Collectors.joining(" + "));
        if (select.isEmpty()) {
            return 0;
        }
        return ((Number) entityManager.createQuery("select " + select).getSingleResult()).longValue();
    }

    /**
     * Records per year of the charted types ({@link RecordType#chartDate()}), by code; the key null counts the
     * undated. One statement per charted type.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<Integer, Long>> perYear() {
        return cache.get("record-per-year", this::perYearNow);
    }

    private Map<String, Map<Integer, Long>> perYearNow() {
        Map<String, Map<Integer, Long>> series = new LinkedHashMap<>();
        for (RecordType<?> type : types) {
            if (type.chartDate() == null) {
                continue;
            }
            String year = "extract(year from " + type.chartDate() + ")";
            Map<Integer, Long> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            for (Object[] row : entityManager.createQuery("select " + year + ", count(e) from " + entityName(type)
                    + " e group by " + year, Object[].class).getResultList()) {
                counts.put(row[0] == null ? null : ((Number) row[0]).intValue(), ((Number) row[1]).longValue());
            }
            series.put(type.code(), Collections.unmodifiableMap(counts));
        }
        return Collections.unmodifiableMap(series);
    }

    /** The JPA entity name of a type (never user input: registered classes only). */
    public String entityName(RecordType<?> type) {
        return entityManager.getMetamodel().entity(type.entityType()).getName();
    }
}
