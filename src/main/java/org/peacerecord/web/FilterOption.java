package org.peacerecord.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One option of a list page's filter select ({@code fragments/filters :: select}): the value sent, its label (text,
 * or a bundle key resolved in the reader's language), how many records it would give (null when not counted),
 * whether it is chosen, and options grouped under it (a region's sub-regions).
 */
public record FilterOption(String value, String label, String labelKey, Long count, boolean selected,
                           List<FilterOption> children) {

    /** An option labelled by text: a mission's acronym, a region's name. */
    public static FilterOption text(Object value, String label, Long count, boolean selected) {
        return new FilterOption(param(value), label, null, count, selected, List.of());
    }

    /** An option labelled by a bundle key. */
    public static FilterOption message(Object value, String labelKey, Long count, boolean selected) {
        return new FilterOption(param(value), null, labelKey, count, selected, List.of());
    }

    /** An enum constant, labelled {@code enum.<Type>.<CONSTANT>} (see {@link EnumLabels}). */
    public static FilterOption constant(Enum<?> value, Long count, boolean selected) {
        return message(value, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), count, selected);
    }

    /** A sort order: an enum constant sent as {@code param} ("date-asc"), labelled {@code enum.<Type>.<CONSTANT>}. */
    public static FilterOption sort(Enum<?> value, String param, boolean selected) {
        return message(param, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null, selected);
    }

    /** The first option of a select: no filter (empty value), labelled {@code filter.any.<name>} ("All regions"). */
    public static FilterOption any(String name, boolean selected) {
        return unset("filter.any." + name, selected);
    }

    /** A select's options: "any {@code name}" ({@link #any}) first, then {@code options}. */
    public static List<FilterOption> withAny(String name, boolean noneSelected, Stream<FilterOption> options) {
        return Stream.concat(Stream.of(any(name, noneSelected)), options).toList();
    }

    /**
     * A year select's options: any year, then the years counted, latest first, each with its count, and the chosen
     * year even when it has none.
     */
    public static List<FilterOption> years(Map<Integer, Long> counts, Integer chosen) {
        return withAny("year", chosen == null, Stream.concat(counts.keySet().stream(), Stream.ofNullable(chosen))
                .distinct().sorted(Comparator.reverseOrder())
                .map(year -> text(year, String.valueOf(year), counts.getOrDefault(year, 0L), year.equals(chosen))));
    }

    /** The first option of a select: no filter (empty value), labelled by a bundle key. */
    public static FilterOption unset(String labelKey, boolean selected) {
        return new FilterOption("", null, labelKey, null, selected, List.of());
    }

    /** A group of options under this one's label (its own value is offered first as "all of …"). */
    public FilterOption withChildren(List<FilterOption> children) {
        return new FilterOption(value, label, labelKey, count, selected, List.copyOf(children));
    }

    /** The value of the first chosen option that filters (not "any"), or "" when none is: a text field's value. */
    public static String chosen(List<FilterOption> options) {
        for (FilterOption option : options) {
            if (option.selected() && !option.value().isEmpty()) {
                return option.value();
            }
        }
        return "";
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    private static String param(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }
}
