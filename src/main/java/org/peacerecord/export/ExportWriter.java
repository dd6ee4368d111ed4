package org.peacerecord.export;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one way every list is downloaded: as a UTF-8 CSV (RFC 4180, via Commons CSV) or a JSON array with the
 * same stable columns ({@link ExportTable}), so every list and filtered view can be taken away in both forms.
 * Each list has one handler, {@code GET /<list>.{format:csv|json}}, that calls {@link #write} with its rows
 * ({@link ExportRows}): written as they are read, so a download's size is not bounded by the heap.
 */
@Component
public class ExportWriter {

    /** The extensions a download handler's path accepts: {@code /trainings.{format:csv|json}}. */
    public static final String FORMATS = "csv|json";

    /** Every cell quoted (OWASP's CSV injection guidance: a separator inside a cell cannot start a new one). */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.ALL).get();
    /**
     * What a spreadsheet takes as the start of a formula (or of a hidden one: tab, carriage return), full-width forms
     * included, which some spreadsheets accept too.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private final ObjectMapper json;
    /**
     * Downloads being made at once. A download of a large list holds a database connection and a cursor while it
     * is written, and its side tables (themes, sources) in memory: a burst of them waits its turn.
     */
    private final Semaphore concurrent;

    public ExportWriter(ObjectMapper json, @Value("${peace-record.export.concurrency:2}") int concurrency) {
        this.json = json;
        this.concurrent = new Semaphore(concurrency, true);
    }

    /**
     * Writes the rows, as they come, as the download {@code format} ("csv" or "json") of the table, when a download
     * slot is free; after 30 s of waiting the answer is 503 (try again).
     */
    public <T> void write(HttpServletResponse response, String format, ExportTable<T> table, ExportRows<T> rows)
            throws IOException {
        try {
            if (!concurrent.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many downloads at once");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted");
        }
        try {
            switch (format) {
                case "csv" -> csv(response, table.baseName(), table.columns(), rows);
                case "json" -> json(response, table.baseName(), table.columns(), rows);
                default -> throw new IllegalArgumentException("No download format " + format);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the reader went away while rows were still being written
        } finally {
            concurrent.release();
        }
    }

    private <T> void csv(HttpServletResponse response, String baseName, List<ExportColumn<T>> columns,
                         ExportRows<T> rows) throws IOException {
        prepare(response, "text/csv;charset=UTF-8", baseName + ".csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            printer.printRecord(columns.stream().map(ExportColumn::name).toList());
            rows.forEach(row -> {
                try {
                    for (ExportColumn<T> column : columns) {
                        printer.print(csvCell(column.value().apply(row)));
                    }
                    printer.println();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private <T> void json(HttpServletResponse response, String baseName, List<ExportColumn<T>> columns,
                          ExportRows<T> rows) throws IOException {
        prepare(response, "application/json;charset=UTF-8", baseName + ".json");
        try (JsonGenerator generator = json.createGenerator(response.getOutputStream())) {
            generator.writeStartArray();
            rows.forEach(row -> {
                generator.writeStartObject();
                for (ExportColumn<T> column : columns) {
                    generator.writeName(column.name());
                    generator.writePOJO(jsonValue(column.value().apply(row)));
                }
                generator.writeEndObject();
            });
            generator.writeEndArray();
        }
    }

    /**
     * One row as JSON gives it, columns in order: the same names and values as the JSON download (numbers and
     * booleans as such, dates as ISO text, enums by name, everything else as text). The read API's records are made
     * of these.
     */
    public static <T> Map<String, Object> fields(ExportTable<T> table, T row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ExportColumn<T> column : table.columns()) {
            fields.put(column.name(), jsonValue(column.value().apply(row)));
        }
        return fields;
    }

    private static Object jsonValue(Object value) {
        if (value == null || value instanceof java.math.BigDecimal || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return text(value);
    }

    private static void prepare(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    /**
     * A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)", "-2+3") gets a leading apostrophe,
     * as OWASP's CSV injection guidance says, so it is shown as the text it is. Numbers are written as they are (a
     * negative number is not a formula); the JSON download keeps every value exactly.
     */
    static String csvCell(Object value) {
        String text = text(value);
        if (value instanceof Number || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
