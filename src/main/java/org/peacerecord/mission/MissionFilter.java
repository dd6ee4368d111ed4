package org.peacerecord.mission;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListUrl;

/**
 * The mission list's query string ({@code /missions?sort=start&page=2}); a malformed sort or page is a 400.
 *
 * @param sort {@code acronym} (default) or {@code start}
 * @param page 1-based
 */
public record MissionFilter(
        @Schema(description = "The order: by acronym or by start") 
        @Pattern(regexp = MissionSort.PARAMS) String sort,
        @Schema(description = "The page, from 1") @Min(1) @Max(ListFilter.MAX_PAGE) Integer page) implements ListFilter {

    public MissionFilter {
        sort = ListUrl.blankToNull(sort);
    }

    public MissionSort sortOrder() {
        return MissionSort.fromParam(sort).orElse(MissionSort.ACRONYM);
    }

    /** The order in effect as the query string writes it (for the sortable column headings). */
    public String sortKey() {
        return sortOrder().param();
    }

    @Override
    public boolean isFiltered() {
        return false;
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).param("sort", sortOrder() == MissionSort.ACRONYM ? null : sortOrder().param())
                .page(pageNumber()).build();
    }
}
