package org.peacerecord.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The filter of a list that is only paged, in one fixed order ({@code ?page=2}): the key figures and milestones in
 * the read API.
 *
 * @param page 1-based
 */
public record PageOnlyFilter(@Schema(description = "The page, from 1") @Min(1) @Max(ListFilter.MAX_PAGE) Integer page) implements ListFilter {

    @Override
    public boolean isFiltered() {
        return false;
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).page(pageNumber()).build();
    }
}
