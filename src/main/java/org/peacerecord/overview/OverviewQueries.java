package org.peacerecord.overview;

import jakarta.persistence.EntityManager;
import org.peacerecord.source.SourceDocument;
import org.springframework.stereotype.Repository;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** Counts for the overview, each one statement: records per year they began, and section sizes. */
@Repository
class OverviewQueries {

    private final EntityManager em;

    OverviewQueries(EntityManager em) {
        this.em = em;
    }

    /** Contributions per year they began (start, else end); key null for the undated. */
    Map<Integer, Long> contributionsPerYear() {
        return perYear("Contribution");
    }

    /** Trainings per year they began (start, else end); key null for the undated. */
    Map<Integer, Long> trainingsPerYear() {
        return perYear("Training");
    }

    /** Paragraphs (passages) of the statement. */
    long statementPassages() {
        return em.createQuery("select count(p) from Passage p where p.document.slug = :slug", Long.class)
                .setParameter("slug", SourceDocument.STATEMENT_SLUG).getSingleResult();
    }

    /** How many missions, themes, people and milestones there are, in one statement. */
    SectionSizes sectionSizes() {
        Object[] row = em.createQuery("""
                        select (select count(m) from Mission m), (select count(t) from A4pTheme t),
                               (select count(p) from Person p), (select count(ms) from Milestone ms)""",
                Object[].class).getSingleResult();
        return new SectionSizes((Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3]);
    }

    record SectionSizes(long missions, long themes, long people, long milestones) {
    }

    private Map<Integer, Long> perYear(String entity) {
        // The entity name is one of two constants above, never user input.
        String year = "extract(year from coalesce(r.start.date, r.end.date))";
        Map<Integer, Long> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Object[] row : em.createQuery("select " + year + ", count(r) from " + entity + " r group by " + year,
                Object[].class).getResultList()) {
            counts.put(row[0] == null ? null : ((Number) row[0]).intValue(), (Long) row[1]);
        }
        return counts;
    }
}
