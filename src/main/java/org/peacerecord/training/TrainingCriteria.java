package org.peacerecord.training;

import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;

import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link TrainingFilter} resolved for the database: the region code replaced by the ids of the region and
 * of every region under it. Null means "any".
 */
record TrainingCriteria(Set<Long> regionIds, Discipline discipline, DeliveryMode mode, Integer year,
                        Provenance source, String country) {

    /**
     * The same criteria always give the same key (the region ids sorted), for the counts kept per data version
     * ({@link TrainingCounts}).
     */
    String cacheKey() {
        return "trainings.counts:" + (regionIds == null ? null : new TreeSet<>(regionIds)) + ":" + discipline + ":"
                + mode + ":" + year + ":" + source + ":" + country;
    }

    /** The filters a facet can ignore: each facet's counts apply every filter but its own. */
    enum Dimension {
        REGION, DISCIPLINE, MODE, YEAR, SOURCE, COUNTRY
    }
}
