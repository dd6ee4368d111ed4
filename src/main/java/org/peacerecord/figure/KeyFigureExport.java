package org.peacerecord.figure;

import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;

/** The fields of a key figure in the read API, named as the downloads name theirs. */
final class KeyFigureExport {

    /** A key figure with its sources as downloads show them. */
    record Row(KeyFigure figure, String sources) {
    }

    static final ExportTable<Row> TABLE = ExportTable.of("figures",
            ExportColumn.of("id", r -> r.figure().getId()),
            ExportColumn.of("code", r -> r.figure().getCode()),
            ExportColumn.of("label", r -> r.figure().getLabel()),
            ExportColumn.of("label_ja", r -> r.figure().getLabelJa()),
            ExportColumn.of("value", r -> r.figure().getValue()),
            ExportColumn.of("qualifier", r -> r.figure().getQualifier()),
            ExportColumn.of("unit", r -> r.figure().getUnit()),
            ExportColumn.of("currency", r -> r.figure().getCurrency()),
            ExportColumn.of("as_of", r -> r.figure().getAsOf() == null ? null : r.figure().getAsOf().toIsoString()),
            ExportColumn.of("as_of_precision", r -> r.figure().getAsOf() == null ? null
                    : r.figure().getAsOf().getPrecision()),
            ExportColumn.of("sources", Row::sources),
            ExportColumn.of("updated_at", r -> r.figure().getUpdatedAt()));

    private KeyFigureExport() {
    }
}
