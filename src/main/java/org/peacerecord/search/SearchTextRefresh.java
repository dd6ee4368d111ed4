package org.peacerecord.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import org.hibernate.jpa.HibernateHints;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.figure.KeyFigure;
import org.peacerecord.milestone.Milestone;
import org.peacerecord.mission.Mission;
import org.peacerecord.person.Person;
import org.peacerecord.source.Passage;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.training.Training;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Keeps {@code search_text} right for rows that were not saved through JPA: the SQL seed and the
 * public-record import write tables directly, so after a start-up on which Flyway applied anything (or
 * when some row has no search text yet) every searchable row is recomputed from its entity's own
 * {@code computeSearchText()} — the single definition of what a record is found by — and the rows whose
 * text differs are updated in JDBC batches, leaving version and updated_at alone. A start with nothing
 * to do costs one cheap query per table.
 */
@Component
class SearchTextRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchTextRefresh.class);
    private static final int BATCH = 500;

    private static final List<Indexed<?>> INDEXED = List.of(
            new Indexed<>(Mission.class, Mission::getId, Mission::getSearchText, Mission::computeSearchText),
            new Indexed<>(Contribution.class, Contribution::getId, Contribution::getSearchText, Contribution::computeSearchText),
            new Indexed<>(Training.class, Training::getId, Training::getSearchText, Training::computeSearchText),
            new Indexed<>(Person.class, Person::getId, Person::getSearchText, Person::computeSearchText),
            new Indexed<>(Milestone.class, Milestone::getId, Milestone::getSearchText, Milestone::computeSearchText),
            new Indexed<>(A4pTheme.class, A4pTheme::getId, A4pTheme::getSearchText, A4pTheme::computeSearchText),
            new Indexed<>(KeyFigure.class, KeyFigure::getId, KeyFigure::getSearchText, KeyFigure::computeSearchText),
            new Indexed<>(Passage.class, Passage::getId, Passage::getSearchText, Passage::computeSearchText));

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
        for (Indexed<?> indexed : INDEXED) {
            if (migrated || hasRowsWithoutSearchText(indexed)) {
                int updated = refresh(indexed);
                if (updated > 0) {
                    log.info("Search text refreshed for {} {} row(s)", updated, indexed.table());
                }
            }
        }
    }

    /** Recomputes one table's search text; returns the number of rows that changed. */
    <T> int refresh(Indexed<T> indexed) {
        List<Object[]> changes = new ArrayList<>();
        try (var rows = entityManager.createQuery("select e from " + indexed.type().getSimpleName() + " e", indexed.type())
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setHint(HibernateHints.HINT_FETCH_SIZE, BATCH)
                .getResultStream()) {
            rows.forEach(row -> {
                String computed = indexed.computed().apply(row);
                if (!Objects.equals(computed, indexed.stored().apply(row))) {
                    changes.add(new Object[]{computed, indexed.id().apply(row)});
                }
                entityManager.detach(row);
            });
        }
        for (int from = 0; from < changes.size(); from += BATCH) {
            jdbc.batchUpdate("UPDATE " + indexed.table() + " SET search_text = ? WHERE id = ?",
                    changes.subList(from, Math.min(changes.size(), from + BATCH)));
        }
        return changes.size();
    }

    private boolean hasRowsWithoutSearchText(Indexed<?> indexed) {
        return !jdbc.queryForList("SELECT id FROM " + indexed.table() + " WHERE search_text IS NULL LIMIT 1", Long.class)
                .isEmpty();
    }

    record Indexed<T>(Class<T> type, Function<T, Long> id, Function<T, String> stored, Function<T, String> computed) {

        String table() {
            return type.getAnnotation(Table.class).name();
        }
    }
}
