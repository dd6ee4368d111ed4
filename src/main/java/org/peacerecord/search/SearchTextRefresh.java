package org.peacerecord.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.jpa.HibernateHints;
import org.peacerecord.shared.Searchable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Keeps {@code search_text} right for rows that were not saved through JPA: the SQL seed and the
 * public-record import write tables directly, so after a start-up on which Flyway applied anything (or
 * when some row has no search text yet) every row of every {@link Searchable} entity is recomputed from its own
 * {@code computeSearchText()} — the single definition of what a record is found by — and the rows whose
 * text differs are updated in JDBC batches, leaving version and updated_at alone. A start with nothing
 * to do costs one cheap query per table. The searchable entities are found in the JPA metamodel: a new
 * searchable record type needs nothing here.
 */
@Component
class SearchTextRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchTextRefresh.class);
    private static final int BATCH = 500;

    private final MigrationWatch migrations;
    private final JdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager entityManager;

    SearchTextRefresh(MigrationWatch migrations, JdbcTemplate jdbc) {
        this.migrations = migrations;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean migrated = migrations.takeApplied();
        int total = 0;
        for (EntityType<?> entity : searchableEntities()) {
            String table = entity.getJavaType().getAnnotation(Table.class).name();
            if (migrated || hasRowsWithoutSearchText(table)) {
                int updated = refresh(entity, table);
                total += updated;
                if (updated > 0) {
                    log.info("Search text refreshed for {} {} row(s)", updated, table);
                }
            }
        }
        if (total > 0) {
            // what search finds has changed: pages cached by the data version are stale
            jdbc.update("UPDATE data_version SET version = version + 1 WHERE id = 1");
        }
    }

    List<EntityType<?>> searchableEntities() {
        return entityManager.getMetamodel().getEntities().stream()
                .filter(entity -> Searchable.class.isAssignableFrom(entity.getJavaType()))
                .sorted(Comparator.comparing(EntityType::getName))
                .toList();
    }

    /** Recomputes one table's search text; returns the number of rows that changed. */
    int refresh(EntityType<?> entity, String table) {
        List<Object[]> changes = new ArrayList<>();
        try (var rows = entityManager.createQuery("select e from " + entity.getName() + " e", entity.getJavaType())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setHint(HibernateHints.HINT_FETCH_SIZE, BATCH)
                .getResultStream()) {
            rows.forEach(row -> {
                Searchable searchable = (Searchable) row;
                String computed = searchable.computeSearchText();
                if (!Objects.equals(computed, searchable.getSearchText())) {
                    changes.add(new Object[]{computed, searchable.getId()});
                }
                entityManager.detach(row);
            });
        }
        for (int from = 0; from < changes.size(); from += BATCH) {
            jdbc.batchUpdate("UPDATE " + table + " SET search_text = ? WHERE id = ?",
                    changes.subList(from, Math.min(changes.size(), from + BATCH)));
        }
        return changes.size();
    }

    private boolean hasRowsWithoutSearchText(String table) {
        return !jdbc.queryForList("SELECT id FROM " + table + " WHERE search_text IS NULL LIMIT 1", Long.class)
                .isEmpty();
    }
}
