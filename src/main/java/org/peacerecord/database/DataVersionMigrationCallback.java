package org.peacerecord.database;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.sql.SQLException;

/**
 * Any migration that was applied may have changed public data: the data version advances after it (a Flyway
 * callback, picked up by Boot's Flyway auto-configuration). Also switches on scheduling, for the data version's poll.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DataVersionMigrationCallback implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE_APPLIED;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            if (context.getConnection().getMetaData().getTables(null, null, "data_version", null).next()
                    || context.getConnection().getMetaData().getTables(null, null, "DATA_VERSION", null).next()) {
                DataVersion.advance(context.getConnection());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot advance the data version after migrating", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "data-version";
    }
}
