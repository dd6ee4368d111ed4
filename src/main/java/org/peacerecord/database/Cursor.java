package org.peacerecord.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;

import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a large result one row at a time: one statement, fetched in batches through a database cursor (PostgreSQL's
 * driver holds only a batch in memory when the transaction is open and a fetch size is set), entities read-only, and
 * the persistence context emptied after each batch, so that the heap holds a batch, not the result. For downloads of
 * whole lists ({@code export.ExportRows}); the caller's transaction must stay open while rows are handed on.
 */
public final class Cursor {

    /** Rows fetched at once, and kept by the persistence context before it is emptied. */
    static final int BATCH = 500;

    private Cursor() {
    }

    /** Hands each entity the query selects to {@code each}; entities handed on earlier are detached afterwards. */
    public static <T> void forEach(EntityManager entityManager, TypedQuery<T> query, Consumer<? super T> each) {
        query.setHint(HibernateHints.HINT_FETCH_SIZE, BATCH).setHint(HibernateHints.HINT_READ_ONLY, true);
        try (Stream<T> rows = query.getResultStream()) {
            Iterator<T> iterator = rows.iterator();
            int read = 0;
            while (iterator.hasNext()) {
                each.accept(iterator.next());
                if (++read % BATCH == 0) {
                    entityManager.clear();
                }
            }
        }
    }
}
