package org.peacerecord.database;

import jakarta.persistence.Query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A query condition "{@code path in (…)}" on a few values, written with one scalar parameter per value, their number
 * rounded up to a power of two by repeating the last value. Hibernate keeps the SQL of a query whose text it has seen
 * before, but translates a query with a list-valued parameter ({@code in :ids}) again on every execution (its plan
 * cache skips them); this way a page's "the records with these ids" queries are translated once for each of a few
 * sizes. No values: a condition nothing meets.
 */
public final class InValues {

    private final String condition;
    private final String prefix;
    private final List<?> values;
    private final int slots;

    private InValues(String path, String prefix, Collection<?> values) {
        this.prefix = prefix;
        this.values = List.copyOf(values);
        int slots = values.isEmpty() ? 0 : 1;
        while (slots < values.size()) {
            slots <<= 1;
        }
        this.slots = slots;
        StringJoiner names = new StringJoiner(", ", path + " in (", ")");
        for (int i = 0; i < slots; i++) {
            names.add(":" + prefix + i);
        }
        this.condition = slots == 0 ? "1 = 0" : names.toString();
    }

    /** {@code path} is one of {@code values}; the parameters are named {@code prefix0}, {@code prefix1}, … */
    public static InValues of(String path, String prefix, Collection<?> values) {
        return new InValues(path, prefix, values);
    }

    /** The condition, for the query's text. */
    public String condition() {
        return condition;
    }

    /** Binds the values to the query made from a text with {@link #condition()}. */
    public <Q extends Query> Q bind(Q query) {
        parameters().forEach(query::setParameter);
        return query;
    }

    /** The parameters of {@link #condition()} with their values, for a query bound elsewhere. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < slots; i++) {
            parameters.put(prefix + i, values.get(Math.min(i, values.size() - 1)));
        }
        return parameters;
    }
}
