package org.peacerecord.contribution;

import java.util.Arrays;
import java.util.Optional;

/** Orders of the contribution list, as written in the query string ({@code sort=-start}). */
enum ContributionSort {
    /** Oldest first; undated last. The default. */
    START("start", "c.start.date asc nulls last, upper(c.title), c.id"),
    /** Newest first; undated last. */
    START_DESC("-start", "c.start.date desc nulls last, upper(c.title), c.id"),
    TITLE("title", "upper(c.title), c.id");

    /** The {@code @Pattern} that a sort parameter must match (keep in step with the params). */
    static final String PARAMS = "start|-start|title";

    private final String param;
    private final String jpql;

    ContributionSort(String param, String jpql) {
        this.param = param;
        this.jpql = jpql;
    }

    public String param() {
        return param;
    }

    String jpql() {
        return jpql;
    }

    static Optional<ContributionSort> fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }
}
