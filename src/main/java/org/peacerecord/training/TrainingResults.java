package org.peacerecord.training;

import org.springframework.data.domain.Page;

/** One page of the trainings list with the facets of the whole filtered result. */
record TrainingResults(TrainingFilter filter, Page<Training> page, TrainingFacets facets) {
}
