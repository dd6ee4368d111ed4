package org.peacerecord.theme;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The eight A4P themes as other features read them: one query. */
@Component
@Transactional(readOnly = true)
public class Themes {

    private final EntityManager entityManager;

    Themes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every theme in the Declaration's order. */
    public List<A4pTheme> all() {
        return entityManager.createQuery("select t from A4pTheme t order by t.sortOrder, t.id", A4pTheme.class)
                .getResultList();
    }
}
