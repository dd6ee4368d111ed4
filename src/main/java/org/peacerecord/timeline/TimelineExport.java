package org.peacerecord.timeline;

import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;
import org.peacerecord.mission.MissionChoices;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.source.CitationRefs;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of {@code /timeline.csv} and {@code /timeline.json}: stable snake_case names, ISO dates cut to their precision. */
final class TimelineExport {

    static final ExportTable<TimelineEntry> TABLE = ExportTable.of("timeline",
            ExportColumn.of("type", e -> e.type().name().toLowerCase(Locale.ROOT)),
            ExportColumn.of("id", TimelineEntry::id),
            ExportColumn.of("kind", TimelineEntry::kind),
            ExportColumn.of("title", TimelineEntry::title),
            ExportColumn.of("year", TimelineEntry::year),
            ExportColumn.of("start", date(TimelineEntry::start)),
            ExportColumn.of("start_precision", precision(TimelineEntry::start)),
            ExportColumn.of("end", date(TimelineEntry::end)),
            ExportColumn.of("end_precision", precision(TimelineEntry::end)),
            ExportColumn.of("missions", e -> e.missions().stream().map(MissionChoices.Choice::acronym)
                    .collect(Collectors.joining("; "))),
            ExportColumn.of("themes", e -> e.themes().stream().map(TimelineEntry.Theme::code).collect(Collectors.joining("; "))),
            ExportColumn.of("provenance", TimelineEntry::provenance),
            ExportColumn.of("citation", e -> CitationRefs.of(e.citations())),
            ExportColumn.of("japan_contributions", e -> e.parts().stream().map(LinkedRecord::href)
                    .collect(Collectors.joining("; "))),
            ExportColumn.of("part_of", e -> e.partOf() == null ? null : e.partOf().href()));

    private TimelineExport() {
    }

    private static Function<TimelineEntry, Object> date(Function<TimelineEntry, PartialDate> date) {
        return e -> date.apply(e) == null ? null : date.apply(e).toIsoString();
    }

    private static Function<TimelineEntry, Object> precision(Function<TimelineEntry, PartialDate> date) {
        return e -> date.apply(e) == null ? null : date.apply(e).getPrecision();
    }
}
