package org.peacerecord.database;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Requests give up on a silent database after a few seconds (the PostgreSQL profile's socketTimeout), but a
 * migration may rightly take minutes (an index on a large table): Flyway's connection waits without limit while
 * migrating. The pool puts the connection's own limit back when Flyway returns it.
 */
@Component
class LongMigrations implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            context.getConnection().setNetworkTimeout(Runnable::run, 0);
        } catch (SQLException | UnsupportedOperationException e) {
            // H2 (embedded, in-process) has no network timeout to lift.
        }
    }

    @Override
    public String getCallbackName() {
        return "long-migrations";
    }
}
