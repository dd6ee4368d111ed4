package org.peacerecord.source;

import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of {@code /statement.csv} and {@code /statement.json}: every passage with the number of records citing
 * it, the first of them (as on the page) and the address of the page that lists them all.
 */
public final class StatementExport {

    /** A passage with the first records citing it and the number of all of them. */
    public record Row(Passage passage, List<StatementPage.CitingRecord> citing, long total) {
    }

    public static final ExportTable<Row> TABLE = ExportTable.of("statement",
            ExportColumn.of("number", r -> r.passage().getNumber()),
            ExportColumn.of("section", r -> r.passage().getSection()),
            ExportColumn.of("kind", r -> r.passage().getKind()),
            ExportColumn.of("text", r -> r.passage().getPlainText()),
            ExportColumn.of("cited_by_count", Row::total),
            ExportColumn.of("cited_by", r -> r.citing().stream().map(c -> c.link().href())
                    .collect(Collectors.joining(SourceRefs.SEPARATOR))),
            ExportColumn.of("cited_by_all", r -> r.total() == 0 ? null
                    : "/statement/passages/" + r.passage().getNumber()),
            ExportColumn.of("source", r -> "statement#" + r.passage().getAnchor()));

    private StatementExport() {
    }
}
