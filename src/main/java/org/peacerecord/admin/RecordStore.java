package org.peacerecord.admin;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Repository;

/**
 * The admin's writes and generic lookups, as a {@code @Repository} so that database errors surface as Spring's
 * {@code DataAccessException}s (a constraint violation as {@code DataIntegrityViolationException}, a lost
 * optimistic-lock race as {@code ObjectOptimisticLockingFailureException}) wherever they happen.
 */
@Repository
class RecordStore {

    private final EntityManager entityManager;

    RecordStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    EntityManager entityManager() {
        return entityManager;
    }

    <E> E find(Class<E> type, long id) {
        return entityManager.find(type, id);
    }

    void persist(Object record) {
        entityManager.persist(record);
    }

    void remove(Object record) {
        entityManager.remove(record);
    }

    void flush() {
        entityManager.flush();
    }
}
