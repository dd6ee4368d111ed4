package org.peacerecord.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Page numbers as the query string gives them (1-based, optional, possibly out of range) turned into a Pageable. */
public final class ListPages {

    /** Rows per page on every public list. */
    public static final int SIZE = 20;

    private ListPages() {
    }

    /** Page {@code page} (1-based; missing, zero or negative means the first) of {@link #SIZE} rows. */
    public static Pageable of(Integer page) {
        return PageRequest.of(page == null || page < 1 ? 0 : page - 1, SIZE);
    }
}
