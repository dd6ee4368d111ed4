package org.peacerecord.training;

import org.peacerecord.database.VersionedCache;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;

import java.util.Map;

/**
 * What a trainings list shows beside its page for one set of criteria: how many match, and each facet's counts (every
 * filter but the facet's own). Immutable and free of entities, so that it is kept per data version
 * ({@link org.peacerecord.database.VersionedCache}): the aggregations over every training run once per change of the
 * data, not on every view of the list.
 */
record TrainingCounts(long total, Map<Long, Long> byRegionId, Map<Discipline, Long> byDiscipline,
                      Map<DeliveryMode, Long> byMode, Map<Provenance, Long> bySource, Map<Integer, Long> byYear,
                      Map<String, Long> byCountry) implements VersionedCache.Weighed {

    TrainingCounts {
        byRegionId = Map.copyOf(byRegionId);
        byDiscipline = Map.copyOf(byDiscipline);
        byMode = Map.copyOf(byMode);
        bySource = Map.copyOf(bySource);
        byYear = Map.copyOf(byYear);
        byCountry = Map.copyOf(byCountry);
    }

    /** About fifty bytes per count (key, boxed count and the map's slot). */
    @Override
    public int estimatedBytes() {
        return 100 + 50 * (byRegionId.size() + byDiscipline.size() + byMode.size() + bySource.size() + byYear.size()
                + byCountry.size());
    }
}
