package org.peacerecord.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Builds the canonical address of a list view: parameters in a fixed order, unset ones (and page 1) left out. */
public final class ListUrl {

    private final UriComponentsBuilder url;

    private ListUrl(String path) {
        this.url = UriComponentsBuilder.fromPath(path);
    }

    public static ListUrl of(String path) {
        return new ListUrl(path);
    }

    /** Adds {@code name=value} unless the value is null (an enum by its name). */
    public ListUrl param(String name, Object value) {
        if (value != null) {
            url.queryParam(name, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** Adds the page unless it is the first. */
    public ListUrl page(int page) {
        return page > 1 ? param("page", page) : this;
    }

    public String build() {
        return url.build().encode().toUriString();
    }

    /** A query-string value as a filter: blank (as a form sends an unset select) means unset; trimmed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
