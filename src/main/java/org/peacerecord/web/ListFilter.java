package org.peacerecord.web;

/**
 * The filters of a public list page as bound from its query string: a record, validated ({@code @Valid}), so that a
 * malformed value is a 400 and never reaches a query. The same filter serves the page, its htmx update and its
 * downloads (see {@link Htmx#pageOrFragment} and {@code export.ExportWriter}).
 */
public interface ListFilter {

    /** The highest page number a list accepts. */
    int MAX_PAGE = 10_000;

    /** The earliest and the latest year a list's year filter accepts (the records' dates keep within them). */
    int MIN_YEAR = 1900;
    int MAX_YEAR = 2100;

    /** The requested page (1-based) as bound from {@code ?page=}; none for lists that are never paged. */
    default Integer page() {
        return null;
    }

    /** 1-based: the requested page, else the first. */
    default int pageNumber() {
        Integer page = page();
        return page == null ? 1 : page;
    }

    /** Whether any filter (other than sort and page) is set. */
    boolean isFiltered();

    /** The canonical address of this view under {@code path}: only the parameters that are set, defaults left out. */
    String toUrl(String path);
}
