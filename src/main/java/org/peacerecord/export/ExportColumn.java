package org.peacerecord.export;

import java.util.function.Function;

/**
 * One column of a download: a stable name (the CSV header and JSON field) and how to read it from a
 * row. Values are written as text; null becomes an empty CSV cell and a JSON null.
 */
public record ExportColumn<T>(String name, Function<T, ?> value) {

    public static <T> ExportColumn<T> of(String name, Function<T, ?> value) {
        return new ExportColumn<>(name, value);
    }
}
