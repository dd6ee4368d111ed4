package org.peacerecord.training;

import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;

import java.util.Set;

/**
 * A {@link TrainingFilter} resolved for the database: the region code replaced by the ids of the region and
 * of every region under it. Null means "any".
 */
record TrainingCriteria(Set<Long> regionIds, Discipline discipline, DeliveryMode mode, Integer year,
                        Provenance source, String country) {

    /** The filters a facet can ignore: each facet's counts apply every filter but its own. */
    enum Dimension {
        REGION, DISCIPLINE, MODE, YEAR, SOURCE, COUNTRY
    }
}
