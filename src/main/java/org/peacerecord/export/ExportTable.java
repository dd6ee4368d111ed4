package org.peacerecord.export;

import java.util.List;

/**
 * What a list downloads as: the file's base name ({@code trainings} for {@code trainings.csv}) and its columns,
 * in order. Each list keeps its table beside its queries ({@code training.TrainingExport}); names are stable
 * (snake_case): readers' scripts depend on them.
 *
 * @param <T> one row of the download
 */
public record ExportTable<T>(String baseName, List<ExportColumn<T>> columns) {

    @SafeVarargs
    public static <T> ExportTable<T> of(String baseName, ExportColumn<T>... columns) {
        return new ExportTable<>(baseName, List.of(columns));
    }
}
