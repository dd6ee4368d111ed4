package org.peacerecord.training;

import org.peacerecord.country.CountryMap;
import org.springframework.data.domain.Page;

/**
 * One page of the trainings list with the facets of the whole filtered result, and the map of where the trainings
 * matching every filter but the country were held.
 */
record TrainingResults(TrainingFilter filter, Page<Training> page, TrainingFacets facets, CountryMap map) {
}
