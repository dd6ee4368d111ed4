package org.peacerecord;

import org.peacerecord.support.Instances;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every migration applies to an empty PostgreSQL schema (a fresh one per run, dropped after), and a
 * second run finds nothing left to do. The application contexts of the other tests then validate the
 * JPA mapping against the migrated schema (ddl-auto=validate).
 */
class MigrationsOnEmptyDatabaseTest {

    private final String schema = "migration_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final PGSimpleDataSource dataSource = dataSource();

    @Test
    void allMigrationsApplyToAnEmptySchemaAndAreThenUpToDate() {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load();

        MigrateResult result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(5);
        assertThat(Arrays.stream(flyway.info().all()).map(MigrationInfo::getState))
                .allMatch(state -> state == MigrationState.SUCCESS);
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(Instances.DATABASE_URL);
        ds.setUser(Instances.DATABASE_USER);
        ds.setPassword(Instances.DATABASE_PASSWORD);
        return ds;
    }
}
