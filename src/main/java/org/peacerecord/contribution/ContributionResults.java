package org.peacerecord.contribution;

import org.peacerecord.shared.Money;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Quantity;
import org.peacerecord.web.FilterOption;
import org.springframework.data.domain.Page;

import java.util.List;

/** One page of the contribution list, with the options of its filters. */
record ContributionResults(ContributionFilter filter, Page<Contribution> page, List<FilterOption> kinds,
                           List<FilterOption> missions, List<FilterOption> themes, List<FilterOption> sorts) {

    /** The page's contributions as the list shows them ({@link Row}). */
    public List<Row> rows() {
        return page.getContent().stream().map(Row::of).toList();
    }

    /**
     * A contribution as the list shows it. Values, not the entity: the list renders each row once for equal values and
     * language ({@code pr:replace-cached}), which takes no entities.
     *
     * @param mission the acronym of its mission, or null
     */
    public record Row(long id, String title, ContributionKind kind, PartialDate start, PartialDate end, Money amount,
                      Quantity headcount, String mission) {

        static Row of(Contribution contribution) {
            return new Row(contribution.getId(), contribution.getTitle(), contribution.getKind(),
                    contribution.getStart(), contribution.getEnd(), contribution.getAmount(),
                    contribution.getHeadcount(),
                    contribution.getMission() == null ? null : contribution.getMission().getAcronym());
        }
    }
}
