package org.peacerecord.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListUrl;

/**
 * The initiatives list's filters as bound from the query string
 * ({@code /initiatives?kind=REQUEST&addressee=JAPAN&mission=UNMISS&page=2}). Empty parameters mean "any"; an
 * unknown kind or addressee or a malformed page is a 400, an unknown mission too (when it is resolved).
 *
 * @param mission a mission acronym (any case)
 */
public record InitiativeFilter(
        @Schema(description = "The kind of initiative") InitiativeKind kind,
        @Schema(description = "Whom it addresses") Addressee addressee,
        @Schema(description = "A mission's acronym (as in /api/v1/missions)")
        @Pattern(regexp = "[A-Za-z0-9-]{1,30}") String mission,
        @Schema(description = "The page, from 1") @Min(1) @Max(ListFilter.MAX_PAGE) Integer page) implements ListFilter {

    public InitiativeFilter {
        mission = ListUrl.blankToNull(mission);
    }

    @Override
    public boolean isFiltered() {
        return kind != null || addressee != null || mission != null;
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).param("kind", kind).param("addressee", addressee).param("mission", mission)
                .page(pageNumber()).build();
    }
}
