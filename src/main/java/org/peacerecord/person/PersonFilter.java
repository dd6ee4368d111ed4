package org.peacerecord.person;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListUrl;

/**
 * The people list's query string ({@code /people?mission=UNMIT&page=2}); a malformed value is a 400, an unknown mission
 * too (when it is resolved).
 *
 * @param mission a mission acronym (any case): the people who served in it
 */
public record PersonFilter(
        @Schema(description = "A mission's acronym (as in /api/v1/missions)")
        @Pattern(regexp = "[A-Za-z0-9-]{1,30}") String mission,
        @Schema(description = "The page, from 1") @Min(1) @Max(ListFilter.MAX_PAGE) Integer page) implements ListFilter {

    public PersonFilter {
        mission = ListUrl.blankToNull(mission);
    }

    @Override
    public boolean isFiltered() {
        return mission != null;
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).param("mission", mission).page(pageNumber()).build();
    }
}
