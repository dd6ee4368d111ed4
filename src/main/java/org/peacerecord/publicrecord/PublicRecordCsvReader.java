package org.peacerecord.publicrecord;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Qualifier;
import org.peacerecord.shared.Quantity;
import org.peacerecord.shared.Reliability;
import org.peacerecord.training.DeliveryMode;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads tpp-public-record.csv (UTF-8, RFC 4180) into typed rows, rejecting rows it cannot read faithfully. */
public final class PublicRecordCsvReader {

    static final String[] HEADERS = {"id", "record_type", "title", "discipline", "un_region", "country",
            "city_or_site", "start", "start_precision", "end", "end_precision", "mode", "trainees",
            "trainees_qualifier", "trainees_as_reported", "trainee_origin", "partners", "source_url",
            "source_date", "source_summary", "source_reliability", "dates_as_reported", "notes"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADERS)
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private PublicRecordCsvReader() {
    }

    public static List<PublicRecordRow> read(Reader reader) throws IOException {
        List<PublicRecordRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                PublicRecordRow row = toRow(record);
                if (!ids.add(row.id())) {
                    throw new IllegalArgumentException("Duplicate id " + row.id() + " on line " + record.getRecordNumber());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static PublicRecordRow toRow(CSVRecord r) {
        try {
            String id = required(r, "id");
            if (!PublicRecordRow.ID.matcher(id).matches()) {
                throw new IllegalArgumentException("id '" + id + "' is not a capital letter followed by digits");
            }
            return new PublicRecordRow(
                    id,
                    PublicRecordRow.RecordType.valueOf(required(r, "record_type").toUpperCase(Locale.ROOT)),
                    required(r, "title"),
                    Discipline.fromCode(required(r, "discipline")),
                    blankToNull(r.get("un_region")),
                    blankToNull(r.get("country")),
                    blankToNull(r.get("city_or_site")),
                    partialDate(r, "start"),
                    partialDate(r, "end"),
                    blankToNull(r.get("mode")) == null ? null : DeliveryMode.fromCode(r.get("mode")),
                    quantity(r),
                    blankToNull(r.get("trainees_as_reported")),
                    blankToNull(r.get("trainee_origin")),
                    blankToNull(r.get("partners")),
                    required(r, "source_url"),
                    blankToNull(r.get("source_date")),
                    required(r, "source_summary"),
                    Reliability.valueOf(required(r, "source_reliability").toUpperCase(Locale.ROOT)),
                    blankToNull(r.get("dates_as_reported")),
                    blankToNull(r.get("notes")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + r.getRecordNumber() + ": " + e.getMessage(), e);
        }
    }

    private static PartialDate partialDate(CSVRecord r, String column) {
        String value = blankToNull(r.get(column));
        String precision = blankToNull(r.get(column + "_precision"));
        if (value == null && precision == null) {
            return null;
        }
        if (value == null || precision == null) {
            throw new IllegalArgumentException(column + " and " + column + "_precision must both be given");
        }
        PartialDate date = PartialDate.parse(value);
        if (!date.getPrecision().name().equalsIgnoreCase(precision)) {
            throw new IllegalArgumentException(column + " '" + value + "' does not have precision " + precision);
        }
        return date;
    }

    private static Quantity quantity(CSVRecord r) {
        String value = blankToNull(r.get("trainees"));
        String qualifier = blankToNull(r.get("trainees_qualifier"));
        if (value == null) {
            return null;
        }
        if (qualifier == null) {
            throw new IllegalArgumentException("trainees without trainees_qualifier");
        }
        return new Quantity(Long.parseLong(value), Qualifier.fromCode(qualifier));
    }

    private static String required(CSVRecord r, String column) {
        String value = blankToNull(r.get(column));
        if (value == null) {
            throw new IllegalArgumentException(column + " is required");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
