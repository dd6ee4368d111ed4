package org.peacerecord.training;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.Hibernate;
import org.peacerecord.database.Cursor;
import org.peacerecord.database.InValues;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;
import org.peacerecord.source.CitationRefs;
import org.peacerecord.training.TrainingCriteria.Dimension;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The trainings list's queries, written as HQL text from one set of conditions ({@link #where}) so that the list,
 * its count and each facet's counts always agree. Each method is one SQL statement whatever the data size.
 * Text with scalar parameters only, so that Hibernate translates each form of query once and keeps its SQL (its
 * query plan cache is keyed by the text; a criteria query, or a list-valued parameter, is translated again on every
 * request: a tenth of the list page's CPU). The regions' ids are bound one parameter each ({@link InValues}).
 */
@Repository
class TrainingQueries {

    private static final String PERIOD_START = "coalesce(t.start.date, t.end.date)";
    private static final String PERIOD_END = "coalesce(t.end.date, t.start.date)";

    private final EntityManager em;

    TrainingQueries(EntityManager em) {
        this.em = em;
    }

    /** The total and the six facets' counts for the criteria: seven statements. */
    TrainingCounts counts(TrainingCriteria criteria) {
        return new TrainingCounts(count(criteria), countByRegionId(criteria), countByDiscipline(criteria),
                countByMode(criteria), countBySource(criteria), countByYear(criteria), countByCountry(criteria));
    }

    private long count(TrainingCriteria criteria) {
        Where where = where(criteria, null);
        return where.bind(em.createQuery("select count(t) from Training t" + where.text(), Long.class))
                .getSingleResult();
    }

    /**
     * One page of the matching trainings in the given order, from the trainings' table alone: their regions are the
     * ones the caller has loaded ({@code Regions#tree()}, in the same persistence context), their missions are not
     * loaded (the list does not show them). Joining the regions and the mission made PostgreSQL plan a four-table
     * query on every request (the offset and limit are parameters, so it never settles on a generic plan), planning
     * took longer than running it, and each row carried its mission's long texts.
     */
    List<Training> find(TrainingCriteria criteria, TrainingSort sort, int offset, int limit) {
        return select(criteria, sort, "").setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Hands on every matching training in the given order, with its region (and its parent) and mission, as it is read (one statement,
     * a cursor: {@link Cursor}); within the caller's transaction.
     */
    void forEach(TrainingCriteria criteria, TrainingSort sort, Consumer<? super Training> each) {
        // the region's parent is fetched for a download's parent_region, read again after each batch
        Cursor.forEach(em, select(criteria, sort,
                " join fetch t.region r left join fetch r.parent left join fetch t.mission"), each);
    }

    /** The matching trainings in the given order, with the associations the fetch joins name (none when empty). */
    private TypedQuery<Training> select(TrainingCriteria criteria, TrainingSort sort, String fetches) {
        Where where = where(criteria, null);
        return where.bind(em.createQuery("select t from Training t" + fetches + where.text() + " order by "
                + order(sort), Training.class));
    }

    /** One training with region (and its parent), mission, themes and citations (with passages): two statements. */
    Optional<Training> findDetail(long id) {
        List<Training> found = em.createQuery("""
                        select t from Training t join fetch t.region r left join fetch r.parent
                        left join fetch t.mission left join fetch t.themes left join fetch t.countries
                        where t.id = :id""", Training.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        em.createQuery("select t from Training t left join fetch t.citations c left join fetch c.passage where t.id = :id",
                        Training.class)
                .setParameter("id", id).getResultList();
        return Optional.of(found.get(0));
    }

    /**
     * Loads the missions, the themes, the citations (with their passages) and the countries of the given trainings (a
     * page of them, for the read API): four statements (the missions in one, Hibernate's batch fetching).
     */
    void fetchCollections(Collection<Training> trainings) {
        if (trainings.isEmpty()) {
            return;
        }
        trainings.stream().map(Training::getMission).filter(Objects::nonNull).forEach(Hibernate::initialize);
        InValues these = InValues.of("t.id", "id", trainings.stream().map(Training::getId).toList());
        these.bind(em.createQuery("select distinct t from Training t left join fetch t.themes where "
                + these.condition(), Training.class)).getResultList();
        these.bind(em.createQuery("select distinct t from Training t left join fetch t.citations c"
                + " left join fetch c.passage where " + these.condition(), Training.class)).getResultList();
        these.bind(em.createQuery("select distinct t from Training t left join fetch t.countries where "
                + these.condition(), Training.class)).getResultList();
    }

    /**
     * The themes, citations and countries of every training the criteria select, as a download writes them: three
     * statements whatever their number, selected by the same conditions rather than by a list of ids (which a large
     * download would make too long for one statement), read as columns rather than as loaded collections.
     */
    TrainingExport.CollectionColumns collections(TrainingCriteria criteria) {
        Where where = where(criteria, null);

        Map<Long, StringJoiner> themeCodes = new HashMap<>();
        for (Object[] row : where.bind(em.createQuery("select t.id, theme.code from Training t join t.themes theme"
                + where.text() + " order by theme.sortOrder", Object[].class)).getResultList()) {
            themeCodes.computeIfAbsent((Long) row[0], id -> new StringJoiner(TrainingExport.SEPARATOR))
                    .add((String) row[1]);
        }

        Map<Long, StringJoiner> citationRefs = new HashMap<>();
        for (Object[] row : where.bind(em.createQuery("select t.id, p.number, c.sourceUrl from Training t"
                + " join t.citations c left join c.passage p" + where.text() + " order by t.id, index(c)",
                Object[].class)).getResultList()) {
            citationRefs.computeIfAbsent((Long) row[0], id -> new StringJoiner(CitationRefs.SEPARATOR))
                    .add(CitationRefs.of((Integer) row[1], (String) row[2]));
        }

        Map<Long, SortedSet<String>> countryCodes = new HashMap<>();
        for (Object[] row : where.bind(em.createQuery("select t.id, country from Training t join t.countries country"
                + where.text(), Object[].class)).getResultList()) {
            countryCodes.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]);
        }
        return new TrainingExport.CollectionColumns(joined(themeCodes), joined(citationRefs), countryCodes);
    }

    private static Map<Long, String> joined(Map<Long, StringJoiner> joiners) {
        Map<Long, String> joined = new HashMap<>(joiners.size() * 2);
        joiners.forEach((id, joiner) -> joined.put(id, joiner.toString()));
        return joined;
    }

    private Map<Long, Long> countByRegionId(TrainingCriteria criteria) {
        return countBy(criteria, Dimension.REGION, "t.region.id", Long.class);
    }

    private Map<Discipline, Long> countByDiscipline(TrainingCriteria criteria) {
        return countBy(criteria, Dimension.DISCIPLINE, "t.discipline", Discipline.class);
    }

    private Map<DeliveryMode, Long> countByMode(TrainingCriteria criteria) {
        return countBy(criteria, Dimension.MODE, "t.deliveryMode", DeliveryMode.class);
    }

    private Map<Provenance, Long> countBySource(TrainingCriteria criteria) {
        return countBy(criteria, Dimension.SOURCE, "t.provenance", Provenance.class);
    }

    /**
     * Per year, how many trainings (matching every filter but the year) run during it: grouped by first and
     * last year in the database, then each span counted once for every year it covers.
     */
    private Map<Integer, Long> countByYear(TrainingCriteria criteria) {
        Where where = where(criteria, Dimension.YEAR).and(PERIOD_START + " is not null");
        String firstYear = "extract(year from " + PERIOD_START + ")";
        String lastYear = "extract(year from " + PERIOD_END + ")";
        Map<Integer, Long> counts = new TreeMap<>();
        for (Object[] row : where.bind(em.createQuery("select " + firstYear + ", " + lastYear + ", count(t)"
                + " from Training t" + where.text() + " group by " + firstYear + ", " + lastYear, Object[].class))
                .getResultList()) {
            int first = ((Number) row[0]).intValue();
            int last = Math.max(first, ((Number) row[1]).intValue());
            for (int year = first; year <= last; year++) {
                counts.merge(year, (Long) row[2], Long::sum);
            }
        }
        return counts;
    }

    /** Per country (UN M49 code), how many trainings match every filter but the country: one statement. */
    private Map<String, Long> countByCountry(TrainingCriteria criteria) {
        Where where = where(criteria, Dimension.COUNTRY);
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : where.bind(em.createQuery("select country, count(distinct t) from Training t"
                + " join t.countries country" + where.text() + " group by country", Object[].class)).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    private <K> Map<K, Long> countBy(TrainingCriteria criteria, Dimension facet, String group, Class<K> type) {
        Where where = where(criteria, facet);
        Map<K, Long> counts = new HashMap<>();
        for (Object[] row : where.bind(em.createQuery("select " + group + ", count(t) from Training t" + where.text()
                + " group by " + group, Object[].class)).getResultList()) {
            if (row[0] != null) {
                counts.put(type.cast(row[0]), (Long) row[1]);
            }
        }
        return counts;
    }

    /** Every filter of the criteria except {@code ignored} (null: none ignored), as conditions on {@code t}. */
    private static Where where(TrainingCriteria c, Dimension ignored) {
        Where where = new Where();
        if (c.regionIds() != null && ignored != Dimension.REGION) {
            where.regions(c.regionIds());
        }
        if (c.discipline() != null && ignored != Dimension.DISCIPLINE) {
            where.and("t.discipline = :discipline").bind("discipline", c.discipline());
        }
        if (c.mode() != null && ignored != Dimension.MODE) {
            where.and("t.deliveryMode = :mode").bind("mode", c.mode());
        }
        if (c.source() != null && ignored != Dimension.SOURCE) {
            where.and("t.provenance = :source").bind("source", c.source());
        }
        if (c.country() != null && ignored != Dimension.COUNTRY) {
            where.and(":country member of t.countries").bind("country", c.country());
        }
        if (c.year() != null && ignored != Dimension.YEAR) {
            // The period [start, end] overlaps the year; a period with one known end is that date alone.
            where.and(PERIOD_START + " < :yearAfter").bind("yearAfter", LocalDate.of(c.year() + 1, 1, 1));
            where.and(PERIOD_END + " >= :yearStart").bind("yearStart", LocalDate.of(c.year(), 1, 1));
        }
        return where;
    }

    private static String order(TrainingSort sort) {
        return switch (sort) {
            case DATE -> PERIOD_START + " desc nulls last, t.title, t.id";
            case DATE_ASC -> PERIOD_START + " asc nulls last, t.title, t.id";
            case TITLE -> "upper(t.title), t.id"; // as ix_training_title, and the other lists, write it
        };
    }

    /** Conditions joined by "and", with the values of their (scalar) parameters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where and(String condition) {
            conditions.add(condition);
            return this;
        }

        Where bind(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        /** The region is one of these ({@link InValues}: a parameter each). */
        void regions(Collection<Long> ids) {
            InValues regions = InValues.of("t.region.id", "region", ids);
            parameters.putAll(regions.parameters());
            and(regions.condition());
        }

        String text() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <Q extends TypedQuery<?>> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
