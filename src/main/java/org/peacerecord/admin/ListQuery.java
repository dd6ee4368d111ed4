package org.peacerecord.admin;

import org.peacerecord.web.InvalidFilterException;
import org.peacerecord.web.TextInput;

import java.util.Map;

/**
 * An editor list's query string: text search {@code q}, filters (by their names), {@code sort} and a 1-based
 * {@code page}. Values that make no sense fall back to the defaults (a bad page is page 1, an unknown sort
 * the default order, an unknown filter value matches nothing) rather than failing; text no record can hold
 * (control characters) gets the 400 page.
 */
public record ListQuery(String q, Map<String, String> params, String sort, int page) {

    public static ListQuery from(Map<String, String> params) {
        params.forEach((name, value) -> {
            if (!TextInput.isAcceptable(value)) {
                throw new InvalidFilterException(name, "(control characters)");
            }
        });
        String q = params.getOrDefault("q", "").trim();
        int page;
        try {
            page = Math.max(1, Integer.parseInt(params.getOrDefault("page", "1").trim()));
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new ListQuery(q, Map.copyOf(params), params.get("sort"), page);
    }

    /** A filter's value, or null when it is not set. */
    public String filter(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
