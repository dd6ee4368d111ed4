package org.peacerecord.person;

import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;

/** The columns of {@code /people.csv} and {@code /people.json}. */
final class PersonExport {

    /** A person with their sources as the download shows them. */
    record Row(Person person, String sources) {
    }

    static final ExportTable<Row> TABLE = ExportTable.of("people",
            ExportColumn.of("id", r -> r.person().getId()),
            ExportColumn.of("name", r -> r.person().getName()),
            ExportColumn.of("name_ja", r -> r.person().getNameJa()),
            ExportColumn.of("role", r -> r.person().getRole()),
            ExportColumn.of("organisation", r -> r.person().getOrganisation()),
            ExportColumn.of("mission", r -> r.person().getMission() == null ? null : r.person().getMission().getAcronym()),
            ExportColumn.of("in_memoriam", r -> r.person().isInMemoriam()),
            ExportColumn.of("memorial_note", r -> r.person().getMemorialNote()),
            ExportColumn.of("sources", Row::sources));

    private PersonExport() {
    }
}
