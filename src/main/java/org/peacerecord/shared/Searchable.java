package org.peacerecord.shared;

/**
 * An entity the search finds by its stored {@code search_text} column: the normalised form ({@link SearchText})
 * of the fields {@link #computeSearchText()} names, the single definition of what the entity is found by.
 */
public interface Searchable {

    Long getId();

    /** The stored search text (null until first computed). */
    String getSearchText();

    /** The search text the entity's current fields give. */
    String computeSearchText();
}
