package org.peacerecord.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * One page of a list: the records (each with the fields of the list's download plus {@code url} and {@code api_url}),
 * how many match in all, and links to the neighbouring pages (null where there is none).
 */
@Schema(name = "List", description = "One page of a list of records, with the total and links to the other pages")
public record ApiList(
        @Schema(description = "Records matching the filters, in all") long total,
        @Schema(description = "This page's number, from 1") int page,
        @JsonProperty("page_size") @Schema(description = "Records per page") int pageSize,
        @Schema(description = "Number of pages (at least 1)") int pages,
        Links links,
        @Schema(description = "The data licence (SPDX identifier)", example = ApiResponses.LICENSE) String license,
        @Schema(description = "This page's records") List<Map<String, Object>> items) {

    /** Absolute addresses of this page, the first, the previous, the next and the last (null where none). */
    public record Links(String self, String first, String prev, String next, String last) {
    }
}
