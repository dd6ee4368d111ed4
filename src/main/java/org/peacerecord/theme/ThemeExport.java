package org.peacerecord.theme;

import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of {@code /themes.csv} and {@code /themes.json}: the theme, then one count column per kind of
 * record linked to themes (as the features providing {@link ThemePageSection}s name them), then its sources.
 */
final class ThemeExport {

    /** A theme with its position in the Declaration, its counts (in the order of the sections) and its sources. */
    record Row(A4pTheme theme, int declarationOrder, List<Long> counts, String sources) {
    }

    static ExportTable<Row> table(List<ThemePageSection> sections) {
        List<ExportColumn<Row>> columns = new ArrayList<>(List.of(
                ExportColumn.of("declaration_order", Row::declarationOrder),
                ExportColumn.of("code", r -> r.theme().getCode()),
                ExportColumn.of("name", r -> r.theme().getName()),
                ExportColumn.of("name_ja", r -> r.theme().getNameJa()),
                ExportColumn.of("description", r -> r.theme().getDescription())));
        for (int i = 0; i < sections.size(); i++) {
            int index = i;
            columns.add(ExportColumn.of(sections.get(i).countColumn(), r -> r.counts().get(index)));
        }
        columns.add(ExportColumn.of("sources", Row::sources));
        return new ExportTable<>("themes", columns);
    }

    private ThemeExport() {
    }
}
