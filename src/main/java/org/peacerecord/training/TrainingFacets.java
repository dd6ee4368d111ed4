package org.peacerecord.training;

import org.peacerecord.region.Region;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;

import java.util.List;

/**
 * The options of each filter with their counts. A facet's counts apply every active filter except its own
 * (choosing a region shows how many trainings each other region would give with the same discipline, mode,
 * year and source).
 */
record TrainingFacets(List<RegionOption> regions, List<Option<Discipline>> disciplines,
                      List<Option<DeliveryMode>> modes, List<Option<Integer>> years,
                      List<Option<Provenance>> sources) {

    /** One option of a filter: its value, how many trainings it would give, and whether it is chosen. */
    record Option<T>(T value, long count, boolean selected) {

        public String param() {
            return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        }
    }

    /** A region option; a top-level region lists its sub-regions, whose trainings its count includes. */
    record RegionOption(Region region, long count, boolean selected, List<RegionOption> children) {

        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }
}
