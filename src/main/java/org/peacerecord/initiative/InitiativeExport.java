package org.peacerecord.initiative;

import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;

/** The columns of {@code /initiatives.csv} and {@code /initiatives.json}. */
final class InitiativeExport {

    /** An initiative with its missions and sources as the download shows them. */
    record Row(Initiative initiative, String missions, String sources) {
    }

    static final ExportTable<Row> TABLE = ExportTable.of("initiatives",
            ExportColumn.of("id", r -> r.initiative().getId()),
            ExportColumn.of("kind", r -> r.initiative().getKind()),
            ExportColumn.of("title", r -> r.initiative().getTitle()),
            ExportColumn.of("description", r -> r.initiative().getDescription()),
            ExportColumn.of("addressee", r -> r.initiative().getAddressee()),
            ExportColumn.of("part_of", r -> r.initiative().getParent() == null ? null : r.initiative().getParent().getId()),
            ExportColumn.of("start", r -> r.initiative().getStart() == null ? null : r.initiative().getStart().toIsoString()),
            ExportColumn.of("start_precision", r -> r.initiative().getStart() == null ? null : r.initiative().getStart().getPrecision()),
            ExportColumn.of("end", r -> r.initiative().getEnd() == null ? null : r.initiative().getEnd().toIsoString()),
            ExportColumn.of("end_precision", r -> r.initiative().getEnd() == null ? null : r.initiative().getEnd().getPrecision()),
            ExportColumn.of("missions", Row::missions),
            ExportColumn.of("sources", Row::sources));

    private InitiativeExport() {
    }
}
