package org.peacerecord.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.initiative.Initiative;
import org.peacerecord.milestone.Milestone;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.training.Training;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads contributions, trainings, initiatives and milestones for the timeline (the timeline owns no table). Filters become JPQL
 * conditions with bound parameters; each method is one statement whatever the data size.
 */
@Repository
class TimelineQueries {

    private final EntityManager em;
    /** The contributions that are part of no event ({@code RecordType#timelineEntries()} of contributions). */
    private final String standalone;

    TimelineQueries(EntityManager em, RecordTypes types) {
        this.em = em;
        this.standalone = types.byCode("CONTRIBUTION").orElseThrow().timelineEntries();
    }

    /** Resolved filters: null means "any". Years bound a period that must overlap [from, to]. */
    record Criteria(ContributionKind kind, Long missionId, String themeCode, Integer from, Integer to) {
    }

    /**
     * Matching contributions with their mission and the training or initiative they are part of, at most
     * {@code limit}: with a contribution kind chosen, every contribution of that kind; with a theme chosen, those
     * not part of a training (a training with the theme shows its contributions); otherwise only the contributions
     * that are part of no event on the timeline.
     */
    List<Contribution> contributions(Criteria criteria, int limit) {
        Jpql jpql = new Jpql("select e from Contribution e left join fetch e.mission m left join fetch e.training"
                + " left join fetch e.initiative");
        if (criteria.kind() != null) {
            jpql.where("e.kind = :kind", "kind", criteria.kind());
        } else if (criteria.themeCode() != null) {
            jpql.where("e.training is null");
        } else {
            jpql.where(standalone);
        }
        if (criteria.missionId() != null) {
            jpql.where("m.id = :missionId", "missionId", criteria.missionId());
        }
        if (criteria.themeCode() != null) {
            jpql.where("e.id in (select c2.id from Contribution c2 join c2.themes t where t.code = :theme)",
                    "theme", criteria.themeCode());
        }
        overlap(jpql, criteria, "coalesce(e.start.date, e.end.date)", "coalesce(e.end.date, e.start.date)");
        return jpql.query(em, Contribution.class, "e.start.date, e.id").setMaxResults(limit).getResultList();
    }

    /** Matching training courses with their mission, at most {@code limit}. */
    List<Training> trainings(Criteria criteria, int limit) {
        Jpql jpql = new Jpql("select t from Training t left join fetch t.mission m");
        if (criteria.missionId() != null) {
            jpql.where("m.id = :missionId", "missionId", criteria.missionId());
        }
        if (criteria.themeCode() != null) {
            jpql.where("t.id in (select t2.id from Training t2 join t2.themes th where th.code = :theme)",
                    "theme", criteria.themeCode());
        }
        overlap(jpql, criteria, "coalesce(t.start.date, t.end.date)", "coalesce(t.end.date, t.start.date)");
        return jpql.query(em, Training.class, "t.start.date, t.id").setMaxResults(limit).getResultList();
    }

    /** Matching initiatives that have a start (the event the timeline shows), at most {@code limit}. */
    List<Initiative> initiatives(Criteria criteria, int limit) {
        Jpql jpql = new Jpql("select i from Initiative i");
        jpql.where("i.start.date is not null");
        if (criteria.missionId() != null) {
            jpql.where("i.id in (select i2.id from Initiative i2 join i2.missions m where m.id = :missionId)",
                    "missionId", criteria.missionId());
        }
        overlap(jpql, criteria, "i.start.date", "coalesce(i.end.date, i.start.date)");
        return jpql.query(em, Initiative.class, "i.start.date, i.id").setMaxResults(limit).getResultList();
    }

    /** Matching milestones with their mission and the contribution they mark, at most {@code limit}. */
    List<Milestone> milestones(Criteria criteria, int limit) {
        Jpql jpql = new Jpql("select ms from Milestone ms left join fetch ms.mission m left join fetch ms.contribution");
        if (criteria.missionId() != null) {
            jpql.where("m.id = :missionId", "missionId", criteria.missionId());
        }
        overlap(jpql, criteria, "ms.occurred.date", "coalesce(ms.ended.date, ms.occurred.date)");
        return jpql.query(em, Milestone.class, "ms.occurred.date, ms.id").setMaxResults(limit).getResultList();
    }

    /** The contributions that are part of these trainings and initiatives: one statement. */
    List<Contribution> partsOf(Collection<Training> trainings, Collection<Initiative> initiatives) {
        List<Long> trainingIds = trainings.stream().map(Training::getId).toList();
        List<Long> initiativeIds = initiatives.stream().map(Initiative::getId).toList();
        if (trainingIds.isEmpty() && initiativeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select c from Contribution c where c.training.id in :trainings or c.initiative.id in :initiatives
                        order by c.start.date, c.id""", Contribution.class)
                .setParameter("trainings", trainingIds.isEmpty() ? List.of(-1L) : trainingIds)
                .setParameter("initiatives", initiativeIds.isEmpty() ? List.of(-1L) : initiativeIds)
                .getResultList();
    }

    /** The milestones that mark these contributions, by contribution id: one statement. */
    Map<Long, Milestone> markers(Collection<Contribution> contributions) {
        if (contributions.isEmpty()) {
            return Map.of();
        }
        Map<Long, Milestone> markers = new LinkedHashMap<>();
        em.createQuery("select ms from Milestone ms where ms.contribution.id in :ids", Milestone.class)
                .setParameter("ids", contributions.stream().map(Contribution::getId).toList())
                .getResultStream()
                .forEach(ms -> markers.putIfAbsent(ms.getContribution().getId(), ms));
        return markers;
    }

    /** Loads the themes and the citations (with passages) of the contributions: two statements. */
    void fetchThemesAndCitations(Collection<Contribution> contributions) {
        if (contributions.isEmpty()) {
            return;
        }
        List<Long> ids = contributions.stream().map(Contribution::getId).toList();
        em.createQuery("select distinct c from Contribution c left join fetch c.themes where c.id in :ids",
                Contribution.class).setParameter("ids", ids).getResultList();
        em.createQuery("""
                        select distinct c from Contribution c left join fetch c.citations ci left join fetch ci.passage
                        where c.id in :ids""", Contribution.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Loads the themes and the citations (with passages) of the trainings: two statements. */
    void fetchTrainingThemesAndCitations(Collection<Training> trainings) {
        if (trainings.isEmpty()) {
            return;
        }
        List<Long> ids = trainings.stream().map(Training::getId).toList();
        em.createQuery("select distinct t from Training t left join fetch t.themes where t.id in :ids",
                Training.class).setParameter("ids", ids).getResultList();
        em.createQuery("""
                        select distinct t from Training t left join fetch t.citations ci left join fetch ci.passage
                        where t.id in :ids""", Training.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Loads the missions and the citations (with passages) of the initiatives: two statements. */
    void fetchMissionsAndCitations(Collection<Initiative> initiatives) {
        if (initiatives.isEmpty()) {
            return;
        }
        List<Long> ids = initiatives.stream().map(Initiative::getId).toList();
        em.createQuery("select distinct i from Initiative i left join fetch i.missions where i.id in :ids",
                Initiative.class).setParameter("ids", ids).getResultList();
        em.createQuery("""
                        select distinct i from Initiative i left join fetch i.citations ci left join fetch ci.passage
                        where i.id in :ids""", Initiative.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Loads the citations (with passages) of the milestones: one statement. */
    void fetchCitations(Collection<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return;
        }
        em.createQuery("""
                        select distinct ms from Milestone ms left join fetch ms.citations ci left join fetch ci.passage
                        where ms.id in :ids""", Milestone.class)
                .setParameter("ids", milestones.stream().map(Milestone::getId).toList()).getResultList();
    }

    /** The period [first, last] overlaps the chosen years; an undated record overlaps nothing. */
    private static void overlap(Jpql jpql, Criteria criteria, String first, String last) {
        if (criteria.to() != null) {
            jpql.where(first + " < :afterTo", "afterTo", LocalDate.of(criteria.to() + 1, 1, 1));
        }
        if (criteria.from() != null) {
            jpql.where(last + " >= :fromStart", "fromStart", LocalDate.of(criteria.from(), 1, 1));
        }
    }

    /** A JPQL query assembled from fixed fragments; every value is a bound parameter. */
    private static final class Jpql {

        private final String select;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Jpql(String select) {
            this.select = select;
        }

        void where(String condition, String parameter, Object value) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }

        void where(String condition) {
            conditions.add(condition);
        }

        <T> TypedQuery<T> query(EntityManager em, Class<T> type, String orderBy) {
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            TypedQuery<T> query = em.createQuery(select + where + " order by " + orderBy, type);
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
