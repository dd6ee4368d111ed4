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
 * @param country a country's UN M49 code: the missions it hosted
 * @param sort {@code acronym} (default) or {@code start}
 * @param page 1-based
 */
public record MissionFilter(
        @Schema(description = "A country's UN M49 code (as in host_country_codes): the missions it hosted")
        @Pattern(regexp = "\\d{3}") String country,
        @Schema(description = "The order: by acronym or by start")
        @Pattern(regexp = MissionSort.PARAMS) String sort,
        @Schema(description = "The page, from 1") @Min(1) @Max(ListFilter.MAX_PAGE) Integer page) implements ListFilter {

    public MissionFilter {
        country = ListUrl.blankToNull(country);
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
        return country != null;
    }

    /** The first page of the missions a country hosted, in this order: where the missions map links a country. */
    public MissionFilter inCountry(String code) {
        return new MissionFilter(code, sort, null);
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).param("country", country)
                .param("sort", sortOrder() == MissionSort.ACRONYM ? null : sortOrder().param())
                .page(pageNumber()).build();
    }
}
