package org.peacerecord.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.milestone.Milestone;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads contributions and milestones for the timeline (the timeline owns no table). Filters become JPQL
 * conditions with bound parameters; each method is one statement whatever the data size.
 */
@Repository
class TimelineQueries {

    private final EntityManager em;

    TimelineQueries(EntityManager em) {
        this.em = em;
    }

    /** Resolved filters: null means "any". Years bound a period that must overlap [from, to]. */
    record Criteria(ContributionKind kind, Long missionId, String themeCode, Integer from, Integer to) {
    }

    /** Matching contributions with their mission, at most {@code limit}. */
    List<Contribution> contributions(Criteria criteria, int limit) {
        Jpql jpql = new Jpql("select c from Contribution c left join fetch c.mission m");
        if (criteria.kind() != null) {
            jpql.where("c.kind = :kind", "kind", criteria.kind());
        }
        if (criteria.missionId() != null) {
            jpql.where("m.id = :missionId", "missionId", criteria.missionId());
        }
        if (criteria.themeCode() != null) {
            jpql.where("c.id in (select c2.id from Contribution c2 join c2.themes t where t.code = :theme)",
                    "theme", criteria.themeCode());
        }
        overlap(jpql, criteria, "coalesce(c.start.date, c.end.date)", "coalesce(c.end.date, c.start.date)");
        return jpql.query(em, Contribution.class, "c.start.date, c.id").setMaxResults(limit).getResultList();
    }

    /** Matching milestones with their mission, at most {@code limit}. */
    List<Milestone> milestones(Criteria criteria, int limit) {
        Jpql jpql = new Jpql("select ms from Milestone ms left join fetch ms.mission m");
        if (criteria.missionId() != null) {
            jpql.where("m.id = :missionId", "missionId", criteria.missionId());
        }
        overlap(jpql, criteria, "ms.occurred.date", "coalesce(ms.ended.date, ms.occurred.date)");
        return jpql.query(em, Milestone.class, "ms.occurred.date, ms.id").setMaxResults(limit).getResultList();
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

        <T> TypedQuery<T> query(EntityManager em, Class<T> type, String orderBy) {
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            TypedQuery<T> query = em.createQuery(select + where + " order by " + orderBy, type);
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
