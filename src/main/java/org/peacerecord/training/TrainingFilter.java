package org.peacerecord.training;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;
import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListUrl;

/**
 * The trainings list's filters as bound from the query string
 * ({@code /trainings?region=southeast-asia&discipline=ENGINEERING&year=2019&sort=title&page=2}). Empty
 * parameters (as a form sends them) mean "any". Malformed values (an unknown enum, {@code year=abc}, a year or
 * page out of range) fail binding or validation: 400. An unknown region code is caught when it is resolved.
 *
 * @param region a region code; matches records in that region and every region below it
 * @param mode   delivery mode
 * @param year   a training matches when its period overlaps the year; undated trainings match no year
 * @param source where the record comes from (the statement, or the public record)
 * @param country a country's UN M49 code: trainings held in it
 * @param sort   {@code date} (default: newest first), {@code date-asc} or {@code title}
 * @param page   1-based
 */
public record TrainingFilter(
        @Schema(description = "A region's code (as in /api/v1/regions): trainings in it and in the regions within it")
        @Pattern(regexp = "[a-z0-9-]{1,60}") String region,
        @Schema(description = "The training's discipline") Discipline discipline,
        @Schema(description = "How it was delivered") DeliveryMode mode,
        @Schema(description = "A year: trainings whose period overlaps it") @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year,
        @Schema(description = "Where the record comes from: the statement or the public record") Provenance source,
        @Schema(description = "A country's UN M49 code (as in country_codes): trainings held in it")
        @Pattern(regexp = "\\d{3}") String country,
        @Schema(description = "The order: date (newest first, the default), date-asc or title")
        @Pattern(regexp = TrainingSort.PARAMS) String sort,
        @Schema(description = "The page, from 1") @Min(1) @Max(ListFilter.MAX_PAGE) Integer page) implements ListFilter {

    public TrainingFilter {
        region = ListUrl.blankToNull(region);
        country = ListUrl.blankToNull(country);
        sort = ListUrl.blankToNull(sort);
    }

    public static TrainingFilter none() {
        return new TrainingFilter(null, null, null, null, null, null, null, null);
    }

    public TrainingSort sortOrder() {
        return TrainingSort.fromParam(sort).orElse(TrainingSort.DATE);
    }

    @Override
    public boolean isFiltered() {
        return region != null || discipline != null || mode != null || year != null || source != null
                || country != null;
    }

    /** The same view in one country (the first page): where the map links each country. */
    public TrainingFilter inCountry(String code) {
        return new TrainingFilter(region, discipline, mode, year, source, code, sort, null);
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).param("region", region).param("discipline", discipline).param("mode", mode)
                .param("year", year).param("source", source).param("country", country)
                .param("sort", sortOrder() == TrainingSort.DATE ? null : sortOrder().param())
                .page(pageNumber()).build();
    }
}
