package org.peacerecord.timeline;

import org.peacerecord.mission.Mission;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Provenance;
import org.peacerecord.source.Citation;
import org.peacerecord.theme.A4pTheme;

import java.util.Comparator;
import java.util.List;

/**
 * One line of the timeline: a contribution or a milestone, with what the page and the downloads show. Built
 * inside the read transaction from fully loaded records.
 *
 * @param kind    the contribution kind's name, or {@code MILESTONE}
 * @param mission the mission, with its acronym and name loaded; null when none
 * @param themes  A4P themes in the Declaration's order (milestones have none)
 */
record TimelineEntry(Type type, long id, String kind, String title, PartialDate start, PartialDate end,
                     Mission mission, List<A4pTheme> themes, Provenance provenance, List<Citation> citations) {

    /** The label of a milestone's kind. */
    static final String MILESTONE_LABEL = "timeline.kind.MILESTONE";

    enum Type {
        CONTRIBUTION, MILESTONE
    }

    /** Chronological order; undated entries last; then the coarser date first ("2021" before "March 2021"). */
    static final Comparator<TimelineEntry> CHRONOLOGICAL = Comparator
            .comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::type)
            .thenComparing(TimelineEntry::title)
            .thenComparingLong(TimelineEntry::id);

    /** The date the entry is placed at: its start, or its end when only that is known. */
    public PartialDate date() {
        return start != null ? start : end;
    }

    public boolean isDated() {
        return date() != null;
    }

    /** The year it is grouped under; null when undated. */
    public Integer year() {
        return isDated() ? date().getYear() : null;
    }

    /** The bundle key of the entry's kind: a contribution kind, or milestone. */
    public String kindLabel() {
        return isMilestone() ? MILESTONE_LABEL : "enum.ContributionKind." + kind;
    }

    public boolean isMilestone() {
        return type == Type.MILESTONE;
    }
}
