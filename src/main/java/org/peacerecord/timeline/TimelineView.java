package org.peacerecord.timeline;

import org.peacerecord.web.BarChart;
import org.peacerecord.web.FilterOption;

import java.util.List;

/**
 * What the timeline page shows: the entries grouped by year (undated last), the chart of entries per year,
 * and the filter options.
 *
 * @param truncated true when a type had more matching entries than the page lists
 */
record TimelineView(TimelineFilter filter, List<YearGroup> groups, int total, boolean truncated, BarChart chart,
                    List<FilterOption> kinds, List<FilterOption> missions, List<FilterOption> themes) {

    /** The entries of one year in date order; {@code year} null for the undated ones. */
    record YearGroup(Integer year, List<TimelineEntry> entries) {

        public boolean isUndated() {
            return year == null;
        }

        /** The anchor of the group on the page. */
        public String anchor() {
            return year == null ? "undated" : "year-" + year;
        }
    }

    public int limit() {
        return TimelineService.MAX_ENTRIES_PER_TYPE;
    }

    public long datedCount() {
        return groups.stream().filter(g -> !g.isUndated()).mapToLong(g -> g.entries().size()).sum();
    }
}
