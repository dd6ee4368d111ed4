package org.peacerecord.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A passage of the statement with one page of the records that cite it. */
@Schema(name = "Passage", description = "A passage of the statement with one page of the records citing it")
public record ApiPassage(
        @Schema(description = "The passage's number in the statement, from 1") int number,
        @Schema(description = "ADDRESSEE, PARAGRAPH or LIST") String kind,
        @Schema(description = "The heading of the section it is in") String section,
        @Schema(description = "The passage's text") String text,
        @Schema(description = "The passage on the statement's page") String url,
        @JsonProperty("api_url") String apiUrl,
        @JsonProperty("cited_by") @Schema(description = "One page of the records citing it (?page=)") ApiList citedBy,
        String license) {
}
