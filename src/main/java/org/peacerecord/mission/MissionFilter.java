package org.peacerecord.mission;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListUrl;

/**
 * The mission list's query string ({@code /missions?year=1999&sort=start&page=2}); a malformed country, year, sort
 * or page is a 400.
 *
 * @param country a country's UN M49 code: the missions it hosted
 * @param year    a year: the missions whose mandate overlaps it (a mission still running runs to today; a mission
 *                without a start matches no year)
 * @param sort {@code acronym} (default) or {@code start}
 * @param page 1-based
 */
public record MissionFilter(
        @Schema(description = "A country's UN M49 code (as in host_country_codes): the missions it hosted")
        @Pattern(regexp = "\\d{3}") String country,
        @Schema(description = "A year: missions whose mandate overlaps it (a mission still running, up to today)")
        @Min(ListFilter.MIN_YEAR) @Max(ListFilter.MAX_YEAR) Integer year,
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
        return country != null || year != null;
    }

    /** The first page of the missions running in a year, in order of their start: where the timeline links a year. */
    public static MissionFilter runningIn(int year) {
        return new MissionFilter(null, year, MissionSort.START.param(), null);
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).param("country", country).param("year", year)
                .param("sort", sortOrder() == MissionSort.ACRONYM ? null : sortOrder().param())
                .page(pageNumber()).build();
    }
}
