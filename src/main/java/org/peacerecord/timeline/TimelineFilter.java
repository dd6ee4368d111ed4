package org.peacerecord.timeline;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListUrl;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The timeline's filters as bound from the query string
 * ({@code /timeline?kind=TRAINING&mission=UNMISS&theme=wps&from=2014&to=2022}). Empty parameters mean "any".
 * Malformed values, an unknown kind, a year out of range or {@code from > to} give 400; an unknown mission
 * or theme is caught when it is resolved (also 400).
 *
 * @param kind    a contribution kind ({@code FINANCIAL}, …: the contributions of that kind, each on its own, also those
 *                that are part of an event), or {@code COURSE}, {@code INITIATIVE}, {@code MILESTONE}
 * @param mission a mission acronym (any case)
 * @param theme   an A4P theme code; initiatives and milestones carry no themes, so a theme leaves only contributions
 *                and trainings
 * @param from    first year: entries whose date or period reaches into it or later; undated entries drop out
 * @param to      last year: entries whose date or period starts in it or earlier; undated entries drop out
 */
public record TimelineFilter(
        @Pattern(regexp = "[A-Z_]{1,20}") String kind,
        @Pattern(regexp = "[A-Za-z0-9-]{1,30}") String mission,
        @Pattern(regexp = "[a-z0-9-]{1,60}") String theme,
        @Min(MIN_YEAR) @Max(MAX_YEAR) Integer from,
        @Min(MIN_YEAR) @Max(MAX_YEAR) Integer to,
        @Min(1) @Max(ListFilter.MAX_PAGE) Integer page) implements ListFilter {

    public static final String MILESTONE = "MILESTONE";
    public static final String COURSE = "COURSE";
    public static final String INITIATIVE = "INITIATIVE";
    /** The kinds of event, after the contribution kinds. */
    static final List<String> EVENT_KINDS = List.of(COURSE, INITIATIVE, MILESTONE);

    public TimelineFilter {
        kind = ListUrl.blankToNull(kind);
        mission = ListUrl.blankToNull(mission);
        theme = ListUrl.blankToNull(theme);
    }

    public static TimelineFilter none() {
        return new TimelineFilter(null, null, null, null, null, null);
    }

    @AssertTrue(message = "kind must be a contribution kind, COURSE, INITIATIVE or MILESTONE")
    public boolean isKindKnown() {
        return kind == null || EVENT_KINDS.contains(kind) || contributionKind().isPresent();
    }

    @AssertTrue(message = "from must not be after to")
    public boolean isYearRangeOrdered() {
        return from == null || to == null || from <= to;
    }

    /** The contribution kind chosen, if the kind is one. */
    public Optional<ContributionKind> contributionKind() {
        return Arrays.stream(ContributionKind.values()).filter(k -> k.name().equals(kind)).findFirst();
    }

    public boolean includesContributions() {
        return kind == null || contributionKind().isPresent();
    }

    public boolean includesTrainings() {
        return kind == null || COURSE.equals(kind);
    }

    /** Initiatives have no themes: choosing a theme leaves them out. */
    public boolean includesInitiatives() {
        return (kind == null || INITIATIVE.equals(kind)) && theme == null;
    }

    /** Milestones have no themes: choosing a theme leaves them out. */
    public boolean includesMilestones() {
        return (kind == null || MILESTONE.equals(kind)) && theme == null;
    }

    public boolean hasYears() {
        return from != null || to != null;
    }

    @Override
    public boolean isFiltered() {
        return kind != null || mission != null || theme != null || hasYears();
    }

    @Override
    public String toUrl(String path) {
        return ListUrl.of(path).param("kind", kind).param("mission", mission).param("theme", theme)
                .param("from", from).param("to", to).page(pageNumber()).build();
    }
}
