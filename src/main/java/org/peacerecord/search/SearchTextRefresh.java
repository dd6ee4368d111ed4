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
 * Keeps {@code search_text} right for rows that were not saved through JPA. Whatever writes tables directly leaves the
 * search text empty on the rows it writes: the SQL seed and migrations, and everything written through
 * {@code database.AuditTrail} (the public-record import, data corrections), which empties it on each row it adds or
 * changes. At start-up, the rows without search text (and only those: a start never scans every row, whatever the
 * data size) are computed from their own {@code computeSearchText()} — the single definition of what a record is
 * found by — and written in JDBC batches, leaving version and updated_at alone. A migration that changes searchable
 * text in SQL sets search_text to NULL on the rows it changes (all of them, if the normalisation ever changes). The
 * searchable entities are found in the JPA metamodel: a new searchable record type needs nothing here.
 */
@Component
class SearchTextRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchTextRefresh.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager entityManager;

    SearchTextRefresh(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int total = 0;
        for (EntityType<?> entity : searchableEntities()) {
            String table = entity.getJavaType().getAnnotation(Table.class).name();
            if (hasRowsWithoutSearchText(table)) {
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

    /** Computes the search text of one table's rows that have none; returns the number of rows written. */
    int refresh(EntityType<?> entity, String table) {
        List<Object[]> changes = new ArrayList<>();
        try (var rows = entityManager.createQuery("select e from " + entity.getName() + " e where e.searchText is null",
                        entity.getJavaType())
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
