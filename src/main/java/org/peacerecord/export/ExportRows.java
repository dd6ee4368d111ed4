package org.peacerecord.export;

import java.util.function.Consumer;

/**
 * The rows of a download, handed one at a time to the writer: a large list is read from the database as it is
 * written (its service reads with a cursor and forgets each written row), so that its size is bounded by neither
 * the heap nor the response. A service whose lists are small passes its list's {@code forEach}.
 */
@FunctionalInterface
public interface ExportRows<T> {

    /** Hands every row, in order, to {@code row}; runs within the service's (read-only) transaction, if any. */
    void forEach(Consumer<? super T> row);
}
