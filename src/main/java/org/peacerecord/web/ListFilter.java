package org.peacerecord.web;

/**
 * The filters of a public list page as bound from its query string: a record, validated ({@code @Valid}), so that a
 * malformed value is a 400 and never reaches a query. The same filter serves the page, its htmx update and its
 * downloads (see {@link Htmx#pageOrFragment} and {@code export.ExportWriter}).
 */
public interface ListFilter {

    /** The highest page number a list accepts. */
    int MAX_PAGE = 10_000;

    /** 1-based. */
    int pageNumber();

    /** Whether any filter (other than sort and page) is set. */
    boolean isFiltered();

    /** The canonical address of this view under {@code path}: only the parameters that are set, defaults left out. */
    String toUrl(String path);
}
