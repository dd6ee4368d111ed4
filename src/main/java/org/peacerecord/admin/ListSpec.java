package org.peacerecord.admin;

import java.util.List;
import java.util.function.Function;

/**
 * How a record type's editor list is searched, filtered, sorted and shown.
 *
 * @param search  attributes the text search looks in (case-insensitive "contains")
 * @param filters filters offered beside the search, each a query parameter
 * @param sorts   sort orders offered; the first is the default
 * @param columns columns after the record's label
 * @param fetch   to-one references the columns read, fetched with the page
 */
public record ListSpec<E>(List<String> search, List<Filter> filters, List<Sort> sorts, List<Column<E>> columns,
                          List<String> fetch) {

    /**
     * A filter: query parameter {@code name} (also the key of its options), matching records where any of
     * {@code attributes} equals the value (e.g. a training's region or its region's parent).
     *
     * @param type the attributes' type: an enum, Long for a reference's id, or Boolean
     */
    public record Filter(String name, Class<?> type, List<String> attributes) {

        public Filter(String name, String attribute, Class<?> type) {
            this(name, type, List.of(attribute));
        }
    }

    /** A sort order offered by the list: {@code key} in the query string, label {@code editor.sort.<key>}. */
    public record Sort(String key, String attribute, boolean descending) {

        public static Sort asc(String key, String attribute) {
            return new Sort(key, attribute, false);
        }

        public static Sort desc(String key, String attribute) {
            return new Sort(key, attribute, true);
        }
    }

    /** A column: heading {@code editor.field.<field>} and the value shown. */
    public record Column<E>(String field, Function<E, Object> value) {
    }
}
