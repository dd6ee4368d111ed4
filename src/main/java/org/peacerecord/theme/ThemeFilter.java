package org.peacerecord.theme;

import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListUrl;

/** The themes list takes no filters: the eight thematic areas are always listed whole ({@code /themes}). */
public record ThemeFilter() implements ListFilter {

    @Override
    public boolean isFiltered() {
        return false;
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).build();
    }
}
