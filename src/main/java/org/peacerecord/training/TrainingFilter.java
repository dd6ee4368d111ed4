package org.peacerecord.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;
import org.springframework.web.util.UriComponentsBuilder;

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
 * @param sort   {@code date} (default: newest first), {@code date-asc} or {@code title}
 * @param page   1-based
 */
public record TrainingFilter(
        @Pattern(regexp = "[a-z0-9-]{1,60}") String region,
        Discipline discipline,
        DeliveryMode mode,
        @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year,
        Provenance source,
        @Pattern(regexp = TrainingSort.PARAMS) String sort,
        @Min(1) @Max(MAX_PAGE) Integer page) {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_PAGE = 10_000;
    public static final int PAGE_SIZE = 20;

    public TrainingFilter {
        region = blankToNull(region);
        sort = blankToNull(sort);
    }

    public static TrainingFilter none() {
        return new TrainingFilter(null, null, null, null, null, null, null);
    }

    public TrainingSort sortOrder() {
        return TrainingSort.fromParam(sort).orElse(TrainingSort.DATE);
    }

    public int pageNumber() {
        return page == null ? 1 : page;
    }

    public boolean isFiltered() {
        return region != null || discipline != null || mode != null || year != null || source != null;
    }

    /** The canonical address of this view under {@code path}: only the parameters that are set. */
    public String toUrl(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        set(url, "region", region);
        set(url, "discipline", discipline);
        set(url, "mode", mode);
        set(url, "year", year);
        set(url, "source", source);
        if (sortOrder() != TrainingSort.DATE) {
            url.queryParam("sort", sortOrder().param());
        }
        if (pageNumber() > 1) {
            url.queryParam("page", pageNumber());
        }
        return url.build().encode().toUriString();
    }

    private static void set(UriComponentsBuilder url, String name, Object value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
