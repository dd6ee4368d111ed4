package org.peacerecord.database;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The data version as this instance knows it: the value of {@code data_version.version}, which every committed change
 * to public data advances in its own transaction ({@link #advance(Connection)}; for Hibernate writes,
 * {@link DataVersionIntegrator}). Reading it costs nothing per request: it is kept in memory, re-read at once after
 * a commit on this instance and polled every half second for commits by other instances (so they learn of a change
 * within a second). While the database is unreachable the last known value stands: nothing can have changed.
 */
@Component
public class DataVersion implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DataVersion.class);

    /** The instance of each application context, by its session factory's id (several may share one JVM). */
    private static final Map<String, DataVersion> BY_FACTORY = new ConcurrentHashMap<>();

    private final DataSource dataSource;
    private final String factory;
    private final AtomicLong current = new AtomicLong();

    DataVersion(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.factory = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getUuid();
        BY_FACTORY.put(factory, this);
        refresh();
    }

    /** The latest version known here. */
    public long current() {
        return current.get();
    }

    /**
     * Re-reads the version on a connection of its own (never one bound to a transaction in progress or completing);
     * the value only ever moves forward.
     */
    @Scheduled(fixedDelayString = "${peace-record.data-version.poll:500ms}")
    public void refresh() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement("SELECT version FROM data_version WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                current.accumulateAndGet(rs.getLong(1), Math::max);
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("Data version not read: {}", e.getMessage());
        }
    }

    /** Advances the version in the caller's transaction (JDBC writers: imports, corrections, migrations). */
    public static void advance(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE data_version SET version = version + 1 WHERE id = 1")) {
            ps.executeUpdate();
        }
    }

    /** After a commit that advanced the version: this instance learns the new value at once. */
    static void committed(SessionFactoryImplementor factory) {
        DataVersion version = BY_FACTORY.get(factory.getUuid());
        if (version != null) {
            version.refresh();
        }
    }

    @Override
    public void destroy() {
        BY_FACTORY.remove(factory, this);
    }
}
