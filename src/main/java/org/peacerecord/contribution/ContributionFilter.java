package org.peacerecord.contribution;

import java.util.Locale;

/**
 * The contribution list's query string: {@code ?kind=FINANCIAL&mission=UNMISS&theme=wps&sort=-start&page=2}.
 * Every part is optional; an unknown kind or a page that is not a number is a bad request (400), an
 * unknown mission or theme simply matches nothing.
 */
record ContributionFilter(ContributionKind kind, String mission, String theme, String sort, Integer page) {

    /** The mission acronym, trimmed and upper-cased, or null when not filtering by mission. */
    public String missionAcronym() {
        return mission == null || mission.isBlank() ? null : mission.trim().toUpperCase(Locale.ROOT);
    }

    /** The theme code, trimmed and lower-cased, or null when not filtering by theme. */
    public String themeCode() {
        return theme == null || theme.isBlank() ? null : theme.trim().toLowerCase(Locale.ROOT);
    }

    public ContributionSort order() {
        return ContributionSort.from(sort);
    }
}
