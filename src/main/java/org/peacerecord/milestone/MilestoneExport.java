package org.peacerecord.milestone;

import org.peacerecord.country.Countries;
import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;
import org.peacerecord.shared.PartialDate;

import java.util.Locale;
import java.util.function.Function;

/** The fields of a milestone in the read API, named as the downloads name theirs. */
final class MilestoneExport {

    /** A milestone with its sources as downloads show them. */
    record Row(Milestone milestone, String sources) {
    }

    static final ExportTable<Row> TABLE = ExportTable.of("milestones",
            ExportColumn.of("id", r -> r.milestone().getId()),
            ExportColumn.of("ref", r -> r.milestone().getRef()),
            ExportColumn.of("title", r -> r.milestone().getTitle()),
            ExportColumn.of("description", r -> r.milestone().getDescription()),
            ExportColumn.of("start", date(Milestone::getOccurred)),
            ExportColumn.of("start_precision", precision(Milestone::getOccurred)),
            ExportColumn.of("end", date(Milestone::getEnded)),
            ExportColumn.of("end_precision", precision(Milestone::getEnded)),
            ExportColumn.of("dates_as_reported", r -> r.milestone().getDatesAsReported()),
            ExportColumn.of("discipline", r -> r.milestone().getDiscipline()),
            ExportColumn.of("region_code", r -> r.milestone().getRegion() == null ? null
                    : r.milestone().getRegion().getCode()),
            ExportColumn.of("country", r -> Countries.all().place(r.milestone().getCountries(),
                    r.milestone().getUnmatchedCountry(), Locale.ENGLISH)),
            ExportColumn.of("country_codes", r -> Countries.codes(r.milestone().getCountries())),
            ExportColumn.of("location", r -> r.milestone().getLocation()),
            ExportColumn.of("partners", r -> r.milestone().getPartners()),
            ExportColumn.of("mission", r -> r.milestone().getMission() == null ? null
                    : r.milestone().getMission().getAcronym()),
            ExportColumn.of("contribution_id", r -> r.milestone().getContribution() == null ? null
                    : r.milestone().getContribution().getId()),
            ExportColumn.of("provenance", r -> r.milestone().getProvenance()),
            ExportColumn.of("source_reliability", r -> r.milestone().getSourceReliability()),
            ExportColumn.of("sources", Row::sources),
            ExportColumn.of("notes", r -> r.milestone().getNotes()),
            ExportColumn.of("updated_at", r -> r.milestone().getUpdatedAt()));

    private MilestoneExport() {
    }

    private static Function<Row, Object> date(Function<Milestone, PartialDate> date) {
        return r -> date.apply(r.milestone()) == null ? null : date.apply(r.milestone()).toIsoString();
    }

    private static Function<Row, Object> precision(Function<Milestone, PartialDate> date) {
        return r -> date.apply(r.milestone()) == null ? null : date.apply(r.milestone()).getPrecision();
    }
}
