package org.peacerecord.training;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.peacerecord.database.Cursor;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;
import org.peacerecord.source.Citation;
import org.peacerecord.source.CitationRefs;
import org.peacerecord.source.Passage;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.training.TrainingCriteria.Dimension;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The trainings list's queries, built with the Criteria API from one set of predicates so that the list, its
 * count and each facet's counts always agree. Each method is one SQL statement whatever the data size.
 */
@Repository
class TrainingQueries {

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
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Training> t = query.from(Training.class);
        query.select(cb.count(t)).where(where(cb, t, criteria, null));
        return em.createQuery(query).getSingleResult();
    }

    /** One page of the matching trainings in the given order, with their region (and its parent) and mission. */
    List<Training> find(TrainingCriteria criteria, TrainingSort sort, int offset, int limit) {
        return select(criteria, sort).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Hands on every matching training in the given order, with its region (and its parent) and mission, as it is read (one statement,
     * a cursor: {@link Cursor}); within the caller's transaction.
     */
    void forEach(TrainingCriteria criteria, TrainingSort sort, Consumer<? super Training> each) {
        Cursor.forEach(em, select(criteria, sort), each);
    }

    private TypedQuery<Training> select(TrainingCriteria criteria, TrainingSort sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Training> query = cb.createQuery(Training.class);
        Root<Training> t = query.from(Training.class);
        t.fetch("region").fetch("parent", JoinType.LEFT); // a download's parent_region, read again after each batch
        t.fetch("mission", JoinType.LEFT);
        query.select(t).where(where(cb, t, criteria, null)).orderBy(order(cb, t, sort));
        return em.createQuery(query);
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
     * Loads the themes, the citations (with their passages) and the countries of the given trainings: three
     * statements.
     */
    void fetchCollections(Collection<Training> trainings) {
        if (trainings.isEmpty()) {
            return;
        }
        List<Long> ids = trainings.stream().map(Training::getId).toList();
        em.createQuery("select distinct t from Training t left join fetch t.themes where t.id in :ids", Training.class)
                .setParameter("ids", ids).getResultList();
        em.createQuery("""
                        select distinct t from Training t left join fetch t.citations c left join fetch c.passage
                        where t.id in :ids""", Training.class)
                .setParameter("ids", ids).getResultList();
        em.createQuery("select distinct t from Training t left join fetch t.countries where t.id in :ids", Training.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * The themes, citations and countries of every training the criteria select, as a download writes them: three
     * statements whatever their number, selected by the same predicates rather than by a list of ids (which a large
     * download would make too long for one statement), read as columns rather than as loaded collections.
     */
    TrainingExport.CollectionColumns collections(TrainingCriteria criteria) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Tuple> themes = cb.createTupleQuery();
        Root<Training> t = themes.from(Training.class);
        Join<Training, A4pTheme> theme = t.join("themes");
        themes.multiselect(t.get("id"), theme.get("code")).where(where(cb, t, criteria, null))
                .orderBy(cb.asc(theme.get("sortOrder")));
        Map<Long, StringJoiner> themeCodes = new HashMap<>();
        for (Tuple row : em.createQuery(themes).getResultList()) {
            themeCodes.computeIfAbsent(row.get(0, Long.class), id -> new StringJoiner(TrainingExport.SEPARATOR))
                    .add(row.get(1, String.class));
        }

        CriteriaQuery<Tuple> citations = cb.createTupleQuery();
        t = citations.from(Training.class);
        ListJoin<Training, Citation> citation = t.joinList("citations");
        Join<Citation, Passage> passage = citation.join("passage", JoinType.LEFT);
        citations.multiselect(t.get("id"), passage.get("number"), citation.get("sourceUrl"))
                .where(where(cb, t, criteria, null)).orderBy(cb.asc(t.get("id")), cb.asc(citation.index()));
        Map<Long, StringJoiner> citationRefs = new HashMap<>();
        for (Tuple row : em.createQuery(citations).getResultList()) {
            citationRefs.computeIfAbsent(row.get(0, Long.class), id -> new StringJoiner(CitationRefs.SEPARATOR))
                    .add(CitationRefs.of(row.get(1, Integer.class), row.get(2, String.class)));
        }

        CriteriaQuery<Tuple> countries = cb.createTupleQuery();
        t = countries.from(Training.class);
        Join<Training, String> country = t.join("countries");
        countries.multiselect(t.get("id"), country).where(where(cb, t, criteria, null));
        Map<Long, SortedSet<String>> countryCodes = new HashMap<>();
        for (Tuple row : em.createQuery(countries).getResultList()) {
            countryCodes.computeIfAbsent(row.get(0, Long.class), id -> new TreeSet<>()).add(row.get(1, String.class));
        }
        return new TrainingExport.CollectionColumns(joined(themeCodes), joined(citationRefs), countryCodes);
    }

    private static Map<Long, String> joined(Map<Long, StringJoiner> joiners) {
        Map<Long, String> joined = new HashMap<>(joiners.size() * 2);
        joiners.forEach((id, joiner) -> joined.put(id, joiner.toString()));
        return joined;
    }

    private Map<Long, Long> countByRegionId(TrainingCriteria criteria) {
        return countBy(criteria, Dimension.REGION, t -> t.get("region").<Long>get("id"));
    }

    private Map<Discipline, Long> countByDiscipline(TrainingCriteria criteria) {
        return countBy(criteria, Dimension.DISCIPLINE, t -> t.<Discipline>get("discipline"));
    }

    private Map<DeliveryMode, Long> countByMode(TrainingCriteria criteria) {
        return countBy(criteria, Dimension.MODE, t -> t.<DeliveryMode>get("deliveryMode"));
    }

    private Map<Provenance, Long> countBySource(TrainingCriteria criteria) {
        return countBy(criteria, Dimension.SOURCE, t -> t.<Provenance>get("provenance"));
    }

    /**
     * Per year, how many trainings (matching every filter but the year) run during it: grouped by first and
     * last year in the database, then each span counted once for every year it covers.
     */
    private Map<Integer, Long> countByYear(TrainingCriteria criteria) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Training> t = query.from(Training.class);
        Expression<Integer> firstYear = cb.extract(LocalDateField.YEAR, periodStart(cb, t));
        Expression<Integer> lastYear = cb.extract(LocalDateField.YEAR, periodEnd(cb, t));
        List<Predicate> predicates = new ArrayList<>(List.of(where(cb, t, criteria, Dimension.YEAR)));
        predicates.add(cb.isNotNull(periodStart(cb, t)));
        query.multiselect(firstYear, lastYear, cb.count(t))
                .where(predicates.toArray(Predicate[]::new))
                .groupBy(firstYear, lastYear);
        Map<Integer, Long> counts = new TreeMap<>();
        for (Tuple row : em.createQuery(query).getResultList()) {
            int first = row.get(0, Integer.class);
            int last = Math.max(first, row.get(1, Integer.class));
            for (int year = first; year <= last; year++) {
                counts.merge(year, row.get(2, Long.class), Long::sum);
            }
        }
        return counts;
    }

    /** Per country (UN M49 code), how many trainings match every filter but the country: one statement. */
    private Map<String, Long> countByCountry(TrainingCriteria criteria) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Training> t = query.from(Training.class);
        Join<Training, String> country = t.join("countries");
        query.multiselect(country, cb.countDistinct(t)).where(where(cb, t, criteria, Dimension.COUNTRY))
                .groupBy(country);
        Map<String, Long> counts = new HashMap<>();
        for (Tuple row : em.createQuery(query).getResultList()) {
            counts.put(row.get(0, String.class), row.get(1, Long.class));
        }
        return counts;
    }

    private <K> Map<K, Long> countBy(TrainingCriteria criteria, Dimension facet,
                                     Function<Root<Training>, Expression<K>> key) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Training> t = query.from(Training.class);
        Expression<K> group = key.apply(t);
        query.multiselect(group, cb.count(t)).where(where(cb, t, criteria, facet)).groupBy(group);
        Map<K, Long> counts = new HashMap<>();
        for (Tuple row : em.createQuery(query).getResultList()) {
            @SuppressWarnings("unchecked")
            K value = (K) row.get(0);
            if (value != null) {
                counts.put(value, row.get(1, Long.class));
            }
        }
        return counts;
    }

    /** Every filter of the criteria except {@code ignored} (null: none ignored). */
    private static Predicate[] where(CriteriaBuilder cb, Root<Training> t, TrainingCriteria c, Dimension ignored) {
        List<Predicate> predicates = new ArrayList<>();
        if (c.regionIds() != null && ignored != Dimension.REGION) {
            predicates.add(t.get("region").get("id").in(c.regionIds()));
        }
        if (c.discipline() != null && ignored != Dimension.DISCIPLINE) {
            predicates.add(cb.equal(t.get("discipline"), c.discipline()));
        }
        if (c.mode() != null && ignored != Dimension.MODE) {
            predicates.add(cb.equal(t.get("deliveryMode"), c.mode()));
        }
        if (c.source() != null && ignored != Dimension.SOURCE) {
            predicates.add(cb.equal(t.get("provenance"), c.source()));
        }
        if (c.country() != null && ignored != Dimension.COUNTRY) {
            predicates.add(cb.isMember(c.country(), t.<Collection<String>>get("countries")));
        }
        if (c.year() != null && ignored != Dimension.YEAR) {
            // The period [start, end] overlaps the year; a period with one known end is that date alone.
            predicates.add(cb.lessThan(periodStart(cb, t), LocalDate.of(c.year() + 1, 1, 1)));
            predicates.add(cb.greaterThanOrEqualTo(periodEnd(cb, t), LocalDate.of(c.year(), 1, 1)));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private static Expression<LocalDate> periodStart(CriteriaBuilder cb, Root<Training> t) {
        return cb.coalesce(date(t, "start"), date(t, "end"));
    }

    private static Expression<LocalDate> periodEnd(CriteriaBuilder cb, Root<Training> t) {
        return cb.coalesce(date(t, "end"), date(t, "start"));
    }

    private static Path<LocalDate> date(Root<Training> t, String partialDate) {
        return t.get(partialDate).get("date");
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Training> t, TrainingSort sort) {
        Order title = cb.asc(t.get("title"));
        Order id = cb.asc(t.get("id"));
        return switch (sort) {
            case DATE -> List.of(cb.desc(periodStart(cb, t), Nulls.LAST), title, id);
            case DATE_ASC -> List.of(cb.asc(periodStart(cb, t), Nulls.LAST), title, id);
            case TITLE -> List.of(cb.asc(cb.lower(t.get("title"))), id);
        };
    }
}
