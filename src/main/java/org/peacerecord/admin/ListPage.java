package org.peacerecord.admin;

import org.peacerecord.web.FilterOption;
import org.springframework.data.domain.Page;

import java.util.List;

/** One page of an admin list, with the filters and sort orders to show above it. */
public record ListPage(Page<Row> rows, ListQuery query, List<FilterView> filters, List<FilterOption> sorts,
                       List<String> columns) {

    /** A listed record: its id, its label and its other columns as text. */
    public record Row(long id, String label, List<String> cells) {
    }

    /** A filter select: its name and its options (the first: any). */
    public record FilterView(String name, List<FilterOption> options) {
    }
}
