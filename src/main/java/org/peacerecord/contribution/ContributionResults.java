package org.peacerecord.contribution;

import org.peacerecord.web.FilterOption;
import org.springframework.data.domain.Page;

import java.util.List;

/** One page of the contribution list, with the options of its filters. */
record ContributionResults(ContributionFilter filter, Page<Contribution> page, List<FilterOption> kinds,
                           List<FilterOption> missions, List<FilterOption> themes, List<FilterOption> sorts) {
}
