package org.peacerecord.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of record the search covers, in the order their groups are shown: each with its entity
 * (whose {@code searchText} is matched), the order of its hits, and its type in
 * {@link org.peacerecord.source.RecordLinks} (null for passages, which link to the statement).
 */
enum SearchType {
    MISSION("Mission", "upper(e.acronym)", "MISSION"),
    CONTRIBUTION("Contribution", "upper(e.title), e.id", "CONTRIBUTION"),
    TRAINING("Training", "e.start.date asc nulls last, upper(e.title), e.id", "TRAINING"),
    PERSON("Person", "upper(e.name), e.id", "PERSON"),
    MILESTONE("Milestone", "e.occurred.date, e.id", "MILESTONE"),
    THEME("A4pTheme", "e.sortOrder, e.id", "A4P_THEME"),
    FIGURE("KeyFigure", "e.sortOrder, e.id", "KEY_FIGURE"),
    PASSAGE("Passage", "e.document.id, e.number", null);

    private final String entity;
    private final String order;
    private final String recordType;

    SearchType(String entity, String order, String recordType) {
        this.entity = entity;
        this.order = order;
        this.recordType = recordType;
    }

    String entity() {
        return entity;
    }

    String order() {
        return order;
    }

    String recordType() {
        return recordType;
    }

    /** The query-string value: "mission", "contribution", …, "passage". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SearchType> from(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.key().equalsIgnoreCase(value.trim())).findFirst();
    }
}
