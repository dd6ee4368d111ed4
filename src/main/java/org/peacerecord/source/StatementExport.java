package org.peacerecord.source;

import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;

import java.util.List;
import java.util.stream.Collectors;

/** The columns of {@code /statement.csv} and {@code /statement.json}: every passage with the records citing it. */
final class StatementExport {

    /** A passage with the records citing it. */
    record Row(Passage passage, List<StatementPage.CitingRecord> citing) {
    }

    static final ExportTable<Row> TABLE = ExportTable.of("statement",
            ExportColumn.of("number", r -> r.passage().getNumber()),
            ExportColumn.of("section", r -> r.passage().getSection()),
            ExportColumn.of("kind", r -> r.passage().getKind()),
            ExportColumn.of("text", r -> r.passage().getPlainText()),
            ExportColumn.of("cited_by_count", r -> r.citing().size()),
            ExportColumn.of("cited_by", r -> r.citing().stream().map(c -> c.link().href())
                    .collect(Collectors.joining(SourceRefs.SEPARATOR))),
            ExportColumn.of("source", r -> "statement#" + r.passage().getAnchor()));

    private StatementExport() {
    }
}
