package org.peacerecord.contribution;

import java.util.Arrays;

/** How the contribution list is ordered: {@code start} (oldest first, the default), {@code -start}, {@code title}. */
enum ContributionSort {
    START("start", "c.start.date asc nulls last, upper(c.title), c.id"),
    START_DESC("-start", "c.start.date desc nulls last, upper(c.title), c.id"),
    TITLE("title", "upper(c.title), c.id");

    private final String key;
    private final String jpql;

    ContributionSort(String key, String jpql) {
        this.key = key;
        this.jpql = jpql;
    }

    public String key() {
        return key;
    }

    String jpql() {
        return jpql;
    }

    /** The sort a query-string value asks for; anything unknown is the default. */
    static ContributionSort from(String value) {
        String wanted = value == null ? "" : value.trim();
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst().orElse(START);
    }
}
