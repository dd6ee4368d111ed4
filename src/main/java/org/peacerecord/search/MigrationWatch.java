package org.peacerecord.search;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Flyway callback (Spring Boot registers Callback beans) noting that a migration was applied in this
 * run, so that {@link SearchTextRefresh} recomputes the search text of rows written by SQL. It has no
 * dependencies of its own: Flyway needs it before the persistence unit exists.
 */
@Component
class MigrationWatch implements Callback {

    private final AtomicBoolean applied = new AtomicBoolean();

    /** Whether any migration was applied since the last call. */
    boolean takeApplied() {
        return applied.getAndSet(false);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        applied.set(true);
    }

    @Override
    public String getCallbackName() {
        return "search-text-migration-watch";
    }
}
