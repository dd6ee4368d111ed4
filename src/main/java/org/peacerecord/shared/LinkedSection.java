package org.peacerecord.shared;

import java.util.List;

/**
 * A section of a record's page listing records of another feature that belong to it (a mission's contributions, a
 * course's contributions): the message key of its heading and the first {@link #SHOWN} records, in the order to show
 * them. A page's size must not grow with the data: when there are more, the section says so and links to the list
 * that shows them all ({@code moreHref}, a filtered list or the timeline).
 *
 * @param more     whether there are records beyond those shown
 * @param moreHref where all of them are listed, or null
 */
public record LinkedSection(String headingKey, List<LinkedRecord> records, boolean more, String moreHref) {

    /** Records shown in a section. */
    public static final int SHOWN = 50;
    /** Records a section reads: one more than it shows, to know whether there are more. */
    public static final int FETCHED = SHOWN + 1;

    /** A section from at most {@link #FETCHED} records read in order. */
    public static LinkedSection of(String headingKey, List<LinkedRecord> fetched, String moreHref) {
        boolean more = fetched.size() > SHOWN;
        return new LinkedSection(headingKey, more ? fetched.subList(0, SHOWN) : fetched, more, moreHref);
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }
}
