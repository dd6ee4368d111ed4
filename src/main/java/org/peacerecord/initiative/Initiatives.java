package org.peacerecord.initiative;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

/** The initiatives as other parts of the app read them: one query each. */
@Component
@Transactional(readOnly = true)
public class Initiatives {

    private final EntityManager entityManager;

    Initiatives(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Each initiative's parent, by id (initiatives without a parent are absent). */
    public Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        entityManager.createQuery("select i.id, i.parent.id from Initiative i where i.parent is not null", Object[].class)
                .getResultStream().forEach(row -> parents.put((Long) row[0], (Long) row[1]));
        return parents;
    }
}
