package org.peacerecord.contribution;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListUrl;

/**
 * The contribution list's filters as bound from the query string
 * ({@code /contributions?kind=FINANCIAL&mission=UNMISS&theme=wps&sort=-start&page=2}). Empty parameters mean
 * "any". Malformed values (an unknown kind, a page that is not a number) fail binding or validation: 400; an
 * unknown mission or theme is caught when it is resolved (also 400).
 *
 * @param mission a mission acronym (any case)
 * @param theme   an A4P theme code
 * @param sort    {@code start} (default: oldest first), {@code -start} or {@code title}
 * @param page    1-based
 */
public record ContributionFilter(
        @Schema(description = "The kind of contribution") ContributionKind kind,
        @Schema(description = "A mission's acronym (as in /api/v1/missions)")
        @Pattern(regexp = "[A-Za-z0-9-]{1,30}") String mission,
        @Schema(description = "An A4P theme's code (as in /api/v1/themes)")
        @Pattern(regexp = "[a-z0-9-]{1,60}") String theme,
        @Schema(description = "The order: by start (oldest first), -start (newest first) or title")
        @Pattern(regexp = ContributionSort.PARAMS) String sort,
        @Schema(description = "The page, from 1") @Min(1) @Max(ListFilter.MAX_PAGE) Integer page) implements ListFilter {

    public ContributionFilter {
        mission = ListUrl.blankToNull(mission);
        theme = ListUrl.blankToNull(theme);
        sort = ListUrl.blankToNull(sort);
    }

    public ContributionSort sortOrder() {
        return ContributionSort.fromParam(sort).orElse(ContributionSort.START);
    }

    @Override
    public boolean isFiltered() {
        return kind != null || mission != null || theme != null;
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).param("kind", kind).param("mission", mission).param("theme", theme)
                .param("sort", sortOrder() == ContributionSort.START ? null : sortOrder().param())
                .page(pageNumber()).build();
    }
}
