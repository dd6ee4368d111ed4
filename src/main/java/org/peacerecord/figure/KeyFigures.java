package org.peacerecord.figure;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The key figures as the overview reads them: one query. */
@Component
@Transactional(readOnly = true)
public class KeyFigures {

    private final EntityManager entityManager;

    KeyFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every key figure in display order. */
    public List<KeyFigure> all() {
        return entityManager.createQuery("select f from KeyFigure f order by f.sortOrder, f.id", KeyFigure.class)
                .getResultList();
    }
}
