package org.peacerecord.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.Hibernate;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.database.InValues;
import org.peacerecord.initiative.Initiative;
import org.peacerecord.milestone.Milestone;
import org.peacerecord.shared.BaseEntity;
import org.peacerecord.shared.DatePrecision;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.timeline.TimelineEntry.Type;
import org.peacerecord.training.Training;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the timeline (which owns no table) from contributions, trainings, initiatives and milestones. Its entries
 * are one list in date order across the four: one page of them is found by a single union query of (kind of entry,
 * id) in that order, then each kind's records on the page are loaded by id. Filters become JPQL conditions with bound
 * parameters; every method is one statement whatever the data size.
 */
@Repository
class TimelineQueries {

    /** The fetch join of records' citations with their passages, for the downloads' references (passage numbers). */
    private static final String CITATIONS_WITH_PASSAGES = "left join fetch e.citations ci left join fetch ci.passage";

    private final EntityManager em;
    /** The contributions that are part of no event ({@code RecordType#timelineEntries()} of contributions). */
    private final String standalone;

    TimelineQueries(EntityManager em, RecordTypes types) {
        this.em = em;
        this.standalone = types.byCode("CONTRIBUTION").orElseThrow().timelineEntries();
    }

    /**
     * Resolved filters: null means "any". Years bound a period that must overlap [from, to]. The flags say which kinds
     * of entry the filter includes.
     */
    record Criteria(ContributionKind kind, Long missionId, String themeCode, Integer from, Integer to,
                    boolean contributions, boolean trainings, boolean initiatives, boolean milestones) {
    }

    /** An entry's kind and id, in timeline order. */
    record Key(Type type, long id) {
    }

    /**
     * Every matching entry in date order (undated last; the coarser date first; then kind, title, id), each as
     * {@link #pack(Type, long) one long}: compact enough to keep for every page of a filter.
     */
    long[] order(Criteria criteria) {
        return page(criteria, 0, Integer.MAX_VALUE).stream().mapToLong(key -> pack(key.type(), key.id())).toArray();
    }

    /** An entry's kind in the top bits, its id below. */
    static long pack(Type type, long id) {
        return ((long) type.ordinal() << 56) | id;
    }

    static Key unpack(long packed) {
        return new Key(Type.values()[(int) (packed >>> 56)], packed & ((1L << 56) - 1));
    }

    /** One page of entries in date order (undated last; the coarser date first; then kind, title, id). */
    List<Key> page(Criteria criteria, int offset, int limit) {
        List<Branch> branches = branches(criteria);
        if (branches.isEmpty()) {
            return List.of();
        }
        String union = String.join(" union all ", branches.stream().map(b -> b.select(
                b.typeCode() + " as entryType, " + b.alias() + ".id as entryId, " + b.day() + " as entryDay, "
                        + precisionRank(b.precision()) + " as entryPrecision, " + b.alias() + ".title as entryTitle"))
                .toList());
        Query query = em.createQuery("select x.entryType, x.entryId from (" + union + ") x order by x.entryDay asc"
                + " nulls last, x.entryPrecision, x.entryType, x.entryTitle, x.entryId");
        bind(query, branches);
        query.setFirstResult(offset);
        if (limit < Integer.MAX_VALUE) {
            query.setMaxResults(limit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(TimelineQueries::key).toList();
    }

    /** Dated entries per year, by kind of entry. */
    Map<Type, Map<Integer, Long>> perYear(Criteria criteria) {
        List<Branch> branches = branches(criteria);
        Map<Type, Map<Integer, Long>> counts = new EnumMap<>(Type.class);
        if (branches.isEmpty()) {
            return counts;
        }
        String union = String.join(" union all ", branches.stream().map(b -> b.select(
                b.typeCode() + ", year(" + b.day() + "), count(" + b.alias() + ")", " and " + b.day() + " is not null",
                " group by year(" + b.day() + ")")).toList());
        Query query = em.createQuery(union);
        bind(query, branches);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent(type(row[0]), t -> new TreeMap<>())
                    .put(((Number) row[1]).intValue(), ((Number) row[2]).longValue());
        }
        return counts;
    }

    /** What the visual timeline draws of a record: its kind and id, dates, title, and whether the statement says it. */
    record MarkRow(Type type, long id, LocalDate startDay, DatePrecision startPrecision, LocalDate endDay,
                   DatePrecision endPrecision, String title, boolean fromStatement) {
    }

    /**
     * Every dated matching entry except those of the given years of their kind (drawn as counts), for the visual
     * timeline: one statement.
     */
    List<MarkRow> marks(Criteria criteria, Map<Type, ? extends Collection<Integer>> skippedYears) {
        List<Branch> branches = branches(criteria);
        if (branches.isEmpty()) {
            return List.of();
        }
        List<String> selects = new ArrayList<>();
        for (Branch b : branches) {
            String extra = " and " + b.day() + " is not null";
            Collection<Integer> skipped = skippedYears.get(b.type);
            if (skipped != null && !skipped.isEmpty()) {
                InValues years = InValues.of("year(" + b.day() + ")", "skipped" + b.typeCode() + "_", skipped);
                extra += " and not (" + years.condition() + ")";
                b.parameters.putAll(years.parameters());
            }
            String a = b.alias();
            selects.add(b.select(b.typeCode() + ", " + a + ".id, " + b.start + ".date, " + b.start + ".precision, "
                    + b.end + ".date, " + b.end + ".precision, " + a + ".title, case when "
                    + citesTheStatement(b.entity, a) + " then 1 else 0 end", extra, ""));
        }
        Query query = em.createQuery(String.join(" union all ", selects));
        bind(query, branches);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new MarkRow(type(row[0]),
                ((Number) row[1]).longValue(), (LocalDate) row[2], (DatePrecision) row[3], (LocalDate) row[4],
                (DatePrecision) row[5], (String) row[6], ((Number) row[7]).intValue() == 1)).toList();
    }

    /** The contributions with these ids, with their training and initiative (their missions are named from ids). */
    List<Contribution> contributions(Collection<Long> ids) {
        return byIds("select e from Contribution e left join fetch e.training"
                + " left join fetch e.initiative where", "e.id", Contribution.class, ids);
    }

    List<Training> trainings(Collection<Long> ids) {
        return byIds("select t from Training t where", "t.id", Training.class, ids);
    }

    List<Initiative> initiatives(Collection<Long> ids) {
        return byIds("select i from Initiative i where", "i.id", Initiative.class, ids);
    }

    List<Milestone> milestones(Collection<Long> ids) {
        return byIds("select ms from Milestone ms left join fetch ms.contribution"
                + " where", "ms.id", Milestone.class, ids);
    }

    /** The records of the query whose text ends with "where": the ids' condition is added ({@link InValues}). */
    private <T> List<T> byIds(String jpqlToWhere, String path, Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InValues these = InValues.of(path, "id", ids);
        return these.bind(em.createQuery(jpqlToWhere + " " + these.condition(), type)).getResultList();
    }

    /** The contributions that are part of these trainings and initiatives: one statement. */
    List<Contribution> partsOf(Collection<Training> trainings, Collection<Initiative> initiatives) {
        List<Long> trainingIds = trainings.stream().map(Training::getId).toList();
        List<Long> initiativeIds = initiatives.stream().map(Initiative::getId).toList();
        if (trainingIds.isEmpty() && initiativeIds.isEmpty()) {
            return List.of();
        }
        InValues ofTrainings = InValues.of("c.training.id", "training", trainingIds);
        InValues ofInitiatives = InValues.of("c.initiative.id", "initiative", initiativeIds);
        return ofInitiatives.bind(ofTrainings.bind(em.createQuery("select c from Contribution c where "
                        + ofTrainings.condition() + " or " + ofInitiatives.condition() + " order by c.start.date, c.id",
                Contribution.class))).getResultList();
    }

    /** The milestones that mark these contributions, by contribution id: one statement. */
    Map<Long, Milestone> markers(Collection<Contribution> contributions) {
        if (contributions.isEmpty()) {
            return Map.of();
        }
        Map<Long, Milestone> markers = new LinkedHashMap<>();
        InValues these = InValues.of("ms.contribution.id", "id",
                contributions.stream().map(Contribution::getId).toList());
        these.bind(em.createQuery("select ms from Milestone ms where " + these.condition(), Milestone.class))
                .getResultStream()
                .forEach(ms -> markers.putIfAbsent(ms.getContribution().getId(), ms));
        return markers;
    }

    /**
     * Loads the themes of the contributions and, for the downloads ({@code passages}), their citations with the cited
     * passages: one statement, two for the downloads ({@link #load}).
     */
    void fetchThemesAndCitations(Collection<Contribution> contributions, boolean passages) {
        load(Contribution.class, contributions, passages, "left join fetch e.themes", Contribution::getThemes);
        citationsForDownloads(Contribution.class, contributions, passages);
    }

    /** Loads the themes of the trainings and, for the downloads, their citations: one statement, two for downloads. */
    void fetchTrainingThemesAndCitations(Collection<Training> trainings, boolean passages) {
        load(Training.class, trainings, passages, "left join fetch e.themes", Training::getThemes);
        citationsForDownloads(Training.class, trainings, passages);
    }

    /** Loads the missions of the initiatives and, for the downloads, their citations: one statement, two for downloads. */
    void fetchMissionsAndCitations(Collection<Initiative> initiatives, boolean passages) {
        load(Initiative.class, initiatives, passages, "left join fetch e.missions", Initiative::getMissions);
        citationsForDownloads(Initiative.class, initiatives, passages);
    }

    /** Loads the citations of the milestones for the downloads: one statement, none for a page. */
    void fetchCitations(Collection<Milestone> milestones, boolean passages) {
        citationsForDownloads(Milestone.class, milestones, passages);
    }

    /**
     * Loads one association of the records in one statement. For the downloads ({@code passages}: thousands of
     * records) by the fetch join {@code join}. For a page (at most {@link TimelineService#PAGE_SIZE} records, which is
     * {@code hibernate.default_batch_fetch_size}) by Hibernate's batch fetching: loading the first record's
     * association loads those of every record of the page, reading the association's own rows, where the fetch join
     * read all the records' columns again, long texts included, for each associated row (the timeline at 100x:
     * PostgreSQL's time 2.4 -> 1.9 ms a request).
     */
    private <E extends BaseEntity> void load(Class<E> entity, Collection<E> records, boolean passages, String join,
                                             Function<E, Collection<?>> association) {
        if (passages) {
            fetch(entity, records.stream().map(BaseEntity::getId).toList(), join);
        } else {
            records.forEach(record -> Hibernate.initialize(association.apply(record)));
        }
    }

    /**
     * The citations with their passages, for the downloads' references (passage numbers): a page shows none of them,
     * only whether a record cites the statement ({@link #citingTheStatement}), and loading them was ~10 % of the 100x
     * timeline's CPU (a hundred citations a page, each with its source's title, address and summary).
     */
    private void citationsForDownloads(Class<? extends BaseEntity> entity, Collection<? extends BaseEntity> records,
                                       boolean passages) {
        if (passages) {
            fetch(entity, records.stream().map(BaseEntity::getId).toList(), CITATIONS_WITH_PASSAGES);
        }
    }

    /**
     * Which of these contributions and initiatives cite a passage of the statement (their provenance; trainings and
     * milestones record theirs in a column): one statement, none when there are no ids.
     */
    Set<Key> citingTheStatement(Collection<Long> contributionIds, Collection<Long> initiativeIds) {
        List<String> selects = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        citing(Type.CONTRIBUTION, "Contribution", contributionIds, selects, parameters);
        citing(Type.INITIATIVE, "Initiative", initiativeIds, selects, parameters);
        if (selects.isEmpty()) {
            return Set.of();
        }
        Query query = em.createQuery(String.join(" union all ", selects));
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Set<Key> citing = new HashSet<>();
        rows.forEach(row -> citing.add(key(row)));
        return citing;
    }

    private static void citing(Type type, String entity, Collection<Long> ids, List<String> selects,
                               Map<String, Object> parameters) {
        if (ids.isEmpty()) {
            return;
        }
        InValues these = InValues.of("e.id", "citing" + type.ordinal() + "_", ids);
        selects.add("select " + type.ordinal() + ", e.id from " + entity + " e where " + these.condition()
                + " and " + citesTheStatement(entity, "e"));
        parameters.putAll(these.parameters());
    }

    /**
     * JPQL: the record {@code alias} (of {@code entity}) cites a passage of the statement, as
     * {@code CitedRecord#isFromStatement} says of a loaded record.
     */
    private static String citesTheStatement(String entity, String alias) {
        return "exists (select 1 from " + entity + " s join s.citations sc where s.id = " + alias + ".id"
                + " and sc.passage is not null)";
    }

    /** The kind of entry a row names by its ordinal (each branch selects {@code Type#ordinal()} first). */
    private static Type type(Object ordinal) {
        return Type.values()[((Number) ordinal).intValue()];
    }

    /** A row whose first two columns are a kind of entry and an id. */
    private static Key key(Object[] row) {
        return new Key(type(row[0]), ((Number) row[1]).longValue());
    }

    /** The records with these ids, loaded again with the associations the joins fetch (none when there are none). */
    private void fetch(Class<?> entity, List<Long> ids, String joins) {
        if (ids.isEmpty()) {
            return;
        }
        // not "select distinct": the rows only fill the persistence context (which has each record once), and
        // PostgreSQL made the rows distinct by every column, the records' long texts included
        InValues these = InValues.of("e.id", "id", ids);
        these.bind(em.createQuery("select e from " + entity.getSimpleName() + " e " + joins + " where "
                + these.condition(), entity)).getResultList();
    }

    /**
     * The part of the union each kind of entry contributes, with the filters as conditions: with a contribution kind
     * chosen, every contribution of that kind; with a theme chosen, those not part of a training (a training with the
     * theme shows its contributions); otherwise only the contributions that are part of no event.
     */
    private List<Branch> branches(Criteria criteria) {
        List<Branch> branches = new ArrayList<>();
        if (criteria.contributions()) {
            Branch b = new Branch(Type.CONTRIBUTION, "e", "Contribution e left join e.mission m",
                    "coalesce(e.start.date, e.end.date)", "coalesce(e.start.precision, e.end.precision)")
                    .dates("Contribution", "e.start", "e.end");
            if (criteria.kind() != null) {
                b.where("e.kind = :kind", "kind", criteria.kind());
            } else if (criteria.themeCode() != null) {
                b.where("e.training is null");
            } else {
                b.where(standalone);
            }
            if (criteria.themeCode() != null) {
                b.where("e.id in (select c2.id from Contribution c2 join c2.themes th where th.code = :theme)",
                        "theme", criteria.themeCode());
            }
            mission(b, criteria);
            overlap(b, criteria, "coalesce(e.end.date, e.start.date)");
            branches.add(b);
        }
        if (criteria.trainings()) {
            Branch b = new Branch(Type.TRAINING, "t", "Training t left join t.mission m",
                    "coalesce(t.start.date, t.end.date)", "coalesce(t.start.precision, t.end.precision)")
                    .dates("Training", "t.start", "t.end");
            if (criteria.themeCode() != null) {
                b.where("t.id in (select t2.id from Training t2 join t2.themes th where th.code = :theme)",
                        "theme", criteria.themeCode());
            }
            mission(b, criteria);
            overlap(b, criteria, "coalesce(t.end.date, t.start.date)");
            branches.add(b);
        }
        if (criteria.initiatives()) {
            Branch b = new Branch(Type.INITIATIVE, "i", "Initiative i", "i.start.date", "i.start.precision")
                    .dates("Initiative", "i.start", "i.end");
            b.where("i.start.date is not null");
            if (criteria.missionId() != null) {
                b.where("i.id in (select i2.id from Initiative i2 join i2.missions im where im.id = :missionId)",
                        "missionId", criteria.missionId());
            }
            overlap(b, criteria, "coalesce(i.end.date, i.start.date)");
            branches.add(b);
        }
        if (criteria.milestones()) {
            Branch b = new Branch(Type.MILESTONE, "ms", "Milestone ms left join ms.mission m", "ms.occurred.date",
                    "ms.occurred.precision").dates("Milestone", "ms.occurred", "ms.ended");
            mission(b, criteria);
            overlap(b, criteria, "coalesce(ms.ended.date, ms.occurred.date)");
            branches.add(b);
        }
        return branches;
    }

    private static void mission(Branch branch, Criteria criteria) {
        if (criteria.missionId() != null) {
            branch.where("m.id = :missionId", "missionId", criteria.missionId());
        }
    }

    /** The period [first, last] overlaps the chosen years; an undated record overlaps nothing. */
    private static void overlap(Branch branch, Criteria criteria, String last) {
        if (criteria.to() != null) {
            branch.where(branch.day() + " < :afterTo", "afterTo", LocalDate.of(criteria.to() + 1, 1, 1));
        }
        if (criteria.from() != null) {
            branch.where(last + " >= :fromStart", "fromStart", LocalDate.of(criteria.from(), 1, 1));
        }
    }

    /** The coarser precision first: YEAR, MONTH, DAY. */
    private static String precisionRank(String precision) {
        String type = DatePrecision.class.getName();
        return "case " + precision + " when " + type + ".YEAR then 0 when " + type + ".MONTH then 1 else 2 end";
    }

    private static void bind(Query query, List<Branch> branches) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        branches.forEach(b -> parameters.putAll(b.parameters));
        parameters.forEach(query::setParameter);
    }

    /** One kind of entry's select, with its conditions and their parameters. */
    private static final class Branch {

        private final Type type;
        private final String alias;
        private final String from;
        private final String day;
        private final String precision;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private String entity;
        private String start;
        private String end;

        Branch(Type type, String alias, String from, String day, String precision) {
            this.type = type;
            this.alias = alias;
            this.from = from;
            this.day = day;
            this.precision = precision;
        }

        /** The entity's name and the paths of its start and end dates (PartialDate embeddables). */
        Branch dates(String entityName, String startPath, String endPath) {
            this.entity = entityName;
            this.start = startPath;
            this.end = endPath;
            return this;
        }

        void where(String condition, String parameter, Object value) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }

        void where(String condition) {
            conditions.add(condition);
        }

        String typeCode() {
            return String.valueOf(type.ordinal());
        }

        String alias() {
            return alias;
        }

        String day() {
            return day;
        }

        String precision() {
            return precision;
        }

        String select(String items) {
            return select(items, "", "");
        }

        String select(String items, String extraCondition, String groupBy) {
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            if (!extraCondition.isEmpty()) {
                where = where.isEmpty() ? " where " + extraCondition.substring(" and ".length()) : where + extraCondition;
            }
            return "select " + items + " from " + from + where + groupBy;
        }
    }
}
