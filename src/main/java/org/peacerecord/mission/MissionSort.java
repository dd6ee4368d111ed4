package org.peacerecord.mission;

import java.util.Arrays;
import java.util.Locale;

/** How the mission list is ordered: {@code ?sort=acronym} (the default) or {@code ?sort=start}. */
enum MissionSort {
    ACRONYM("upper(m.acronym)"),
    START("m.start.date asc nulls last, upper(m.acronym)");

    private final String jpql;

    MissionSort(String jpql) {
        this.jpql = jpql;
    }

    String jpql() {
        return jpql;
    }

    /** The query-string value ("acronym", "start"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort a query-string value asks for; anything unknown is the default. */
    static MissionSort from(String value) {
        return Arrays.stream(values()).filter(s -> s.key().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst().orElse(ACRONYM);
    }
}
