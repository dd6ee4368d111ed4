package org.peacerecord.person;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListUrl;

/** The people list's query string ({@code /people?page=2}); a malformed page is a 400. */
public record PersonFilter(@Min(1) @Max(ListFilter.MAX_PAGE) Integer page) implements ListFilter {

    @Override
    public int pageNumber() {
        return page == null ? 1 : page;
    }

    @Override
    public boolean isFiltered() {
        return false;
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).page(pageNumber()).build();
    }
}
