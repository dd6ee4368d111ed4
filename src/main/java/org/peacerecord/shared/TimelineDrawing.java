package org.peacerecord.shared;

/**
 * Records drawn on a time axis, as the timeline feature draws them (the template {@code timeline/chart :: visual}):
 * what a page needs to know to show one — its years, how many dated records it holds, whether there is anything.
 */
public interface TimelineDrawing {

    int fromYear();

    int toYear();

    long datedCount();

    boolean isEmpty();
}
