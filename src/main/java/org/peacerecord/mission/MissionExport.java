package org.peacerecord.mission;

import org.peacerecord.country.Countries;
import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;

import java.util.Locale;

/** The columns of {@code /missions.csv} and {@code /missions.json}. */
final class MissionExport {

    /** A mission with its sources as the download shows them. */
    record Row(Mission mission, String sources) {
    }

    static final ExportTable<Row> TABLE = ExportTable.of("missions",
            ExportColumn.of("acronym", r -> r.mission().getAcronym()),
            ExportColumn.of("name", r -> r.mission().getName()),
            ExportColumn.of("kind", r -> r.mission().getKind()),
            ExportColumn.of("host_country", r -> Countries.all().place(r.mission().getCountries(),
                    r.mission().getUnmatchedCountry(), Locale.ENGLISH)),
            ExportColumn.of("host_country_codes", r -> Countries.codes(r.mission().getCountries())),
            ExportColumn.of("region_code", r -> r.mission().getRegion() == null ? null : r.mission().getRegion().getCode()),
            ExportColumn.of("region", r -> r.mission().getRegion() == null ? null : r.mission().getRegion().getName()),
            ExportColumn.of("start", r -> r.mission().getStart() == null ? null : r.mission().getStart().toIsoString()),
            ExportColumn.of("start_precision", r -> r.mission().getStart() == null ? null
                    : r.mission().getStart().getPrecision()),
            ExportColumn.of("end", r -> r.mission().getEnd() == null ? null : r.mission().getEnd().toIsoString()),
            ExportColumn.of("end_precision", r -> r.mission().getEnd() == null ? null : r.mission().getEnd().getPrecision()),
            ExportColumn.of("description", r -> r.mission().getDescription()),
            ExportColumn.of("sources", Row::sources));

    private MissionExport() {
    }
}
