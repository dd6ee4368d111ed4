package org.peacerecord.admin;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Turns the ids a form submits into references to records (already checked to exist by the form's validation). */
public final class References {

    private final EntityManager entityManager;

    References(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <T> T one(Class<T> type, Long id) {
        return id == null ? null : entityManager.getReference(type, id);
    }

    public <T> Set<T> all(Class<T> type, Collection<Long> ids) {
        Set<T> references = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(Objects::nonNull).forEach(id -> references.add(entityManager.getReference(type, id)));
        }
        return references;
    }
}
