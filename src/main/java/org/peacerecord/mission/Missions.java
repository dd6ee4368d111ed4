package org.peacerecord.mission;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The missions as other features read them (filter choices, resolving an acronym): one query each. */
@Component
@Transactional(readOnly = true)
public class Missions {

    private final EntityManager entityManager;

    Missions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The mission with this acronym, in any case. */
    public java.util.Optional<Mission> byAcronym(String acronym) {
        return entityManager.createQuery("select m from Mission m where upper(m.acronym) = upper(:acronym)", Mission.class)
                .setParameter("acronym", acronym).getResultStream().findFirst();
    }

    /** Every mission by acronym. */
    public List<Mission> all() {
        return entityManager.createQuery("select m from Mission m order by upper(m.acronym), m.id", Mission.class)
                .getResultList();
    }
}
