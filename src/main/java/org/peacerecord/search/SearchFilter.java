package org.peacerecord.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListUrl;

/**
 * The search's query string: {@code /search?q=timor&type=mission&page=2}. The query may be anything (it is
 * shortened and normalised by the search); {@code type} pages through one kind of record (its key, or
 * {@code passage}); a malformed type or page is a bad request (400).
 */
public record SearchFilter(
        String q,
        @Pattern(regexp = "[a-z][a-z0-9-]{0,40}") String type,
        @Min(1) @Max(ListFilter.MAX_PAGE) Integer page) implements ListFilter {

    public SearchFilter {
        type = ListUrl.blankToNull(type);
    }

    @Override
    public boolean isFiltered() {
        return q != null && !q.isBlank();
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).param("q", q == null ? null : q.strip()).param("type", type).page(pageNumber()).build();
    }
}
