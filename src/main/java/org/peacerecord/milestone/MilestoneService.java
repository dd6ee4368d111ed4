package org.peacerecord.milestone;

import jakarta.persistence.EntityManager;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a milestone for its page: two statements, whatever the data size. */
@Service
@Transactional(readOnly = true)
class MilestoneService {

    private final EntityManager entityManager;

    MilestoneService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The milestone with its mission, contribution and region (one statement) and its cited passages (one). */
    Milestone detail(long id) {
        Milestone milestone = entityManager.createQuery("""
                        select m from Milestone m left join fetch m.mission left join fetch m.contribution
                        left join fetch m.region where m.id = :id""", Milestone.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> RecordNotFoundException.record("MILESTONE", id));
        entityManager.createQuery("""
                        select distinct m from Milestone m left join fetch m.citations c left join fetch c.passage
                        where m.id = :id""", Milestone.class)
                .setParameter("id", id).getResultList();
        return milestone;
    }
}
