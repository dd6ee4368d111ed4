package org.peacerecord.timeline;

import org.peacerecord.web.FilterOption;
import org.springframework.data.domain.Page;

import java.util.List;

/**
 * What the timeline page shows: one page of entries grouped by year (undated last), the visual timeline of all the
 * entries the filter matches (and how many of them are dated), and the filter options.
 */
public record TimelineView(TimelineFilter filter, List<YearGroup> groups, Page<TimelineEntry> page, TimelineChart chart,
                    long datedCount, List<FilterOption> kinds, List<FilterOption> missions, List<FilterOption> themes) {

    /** The entries of one year in date order; {@code year} null for the undated ones. */
    public record YearGroup(Integer year, List<TimelineEntry> entries) {

        public boolean isUndated() {
            return year == null;
        }

        /** The anchor of the group on the page. */
        public String anchor() {
            return year == null ? "undated" : "year-" + year;
        }
    }

    /** All entries matching the filter, on every page. */
    public long total() {
        return page.getTotalElements();
    }

}
