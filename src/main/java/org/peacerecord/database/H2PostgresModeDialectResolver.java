package org.peacerecord.database;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Chooses {@link H2PostgresModeDialect} when the database is H2, whatever the connection URL; any other database
 * is left to Hibernate's own resolution (so pointing {@code SPRING_DATASOURCE_URL} at PostgreSQL just works).
 * Registered with {@code hibernate.dialect_resolvers}.
 */
public class H2PostgresModeDialectResolver implements DialectResolver {

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        return "H2".equals(info.getDatabaseName()) ? new H2PostgresModeDialect(info) : null;
    }
}
