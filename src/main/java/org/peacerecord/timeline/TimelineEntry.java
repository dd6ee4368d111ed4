package org.peacerecord.timeline;

import org.peacerecord.mission.MissionChoices;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Provenance;
import org.peacerecord.source.Citation;

import java.util.Comparator;
import java.util.List;

/**
 * One line of the timeline: one event (a training course, the start of a UN initiative, a milestone) or one of
 * Japan's contributions that is no part of such an event, with what the page and the downloads show. A contribution
 * that is Japan's part in an event is one of the event's {@code parts}, not an entry of its own, so each event is
 * shown once. Built inside the read transaction from fully loaded records.
 *
 * @param kind     the contribution kind's name, or {@link TimelineFilter#COURSE}, {@link TimelineFilter#INITIATIVE},
 *                 {@link TimelineFilter#MILESTONE}
 * @param href     the record's page
 * @param missions the missions' acronyms and names, in acronym order
 * @param themes   A4P themes in the Declaration's order (initiatives and milestones have none)
 * @param citations the record's citations with their passages, for the downloads; empty for a page, which does not
 *                  show them (only the provenance they give)
 * @param parts    Japan's contributions that are part of this event
 * @param partOf   for a contribution listed on its own (the kind filter chose contributions), the event it is part
 *                 of; null otherwise
 */
public record TimelineEntry(Type type, long id, String kind, String title, String href, PartialDate start, PartialDate end,
                     List<MissionChoices.Choice> missions, List<Theme> themes, Provenance provenance,
                     List<Citation> citations, List<LinkedRecord> parts, LinkedRecord partOf) {

    /**
     * A theme of the entry as values (its code for the downloads, its link for the page), not the entity: the page
     * renders each entry once for equal values ({@code pr:replace-cached}), which takes no entities.
     */
    public record Theme(String code, LinkedRecord link) {
    }

    /** The kinds of entry, in the order the chart stacks them and same-day entries are listed. */
    enum Type {
        CONTRIBUTION, TRAINING, INITIATIVE, MILESTONE
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

    /** The bundle key of the entry's kind: a contribution kind, or course, initiative, milestone. */
    public String kindLabel() {
        return type == Type.CONTRIBUTION ? "enum.ContributionKind." + kind : "timeline.kind." + kind;
    }

    /** The element id of the entry on the page ("training-12"), the target of links into the timeline. */
    public String anchor() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + "-" + id;
    }
}
