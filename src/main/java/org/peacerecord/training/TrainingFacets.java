package org.peacerecord.training;

import org.peacerecord.web.FilterOption;

import java.util.List;

/**
 * The options of each filter with their counts, as the filter selects show them. A facet's counts apply every
 * active filter except its own (choosing a region shows how many trainings each other region would give with the
 * same discipline, mode, year and source). Regions group their sub-regions; a region's count includes theirs.
 */
public record TrainingFacets(List<FilterOption> regions, List<FilterOption> disciplines, List<FilterOption> modes,
                      List<FilterOption> years, List<FilterOption> sources, List<FilterOption> countries,
                      List<FilterOption> sorts) {
}
