package org.peacerecord.training;

import org.peacerecord.country.Countries;
import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;
import org.peacerecord.region.Region;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Quantity;
import org.peacerecord.source.CitationRefs;
import org.peacerecord.theme.A4pTheme;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of {@code /trainings.csv} and {@code /trainings.json}. Names are stable (snake_case): readers'
 * scripts depend on them. Dates are ISO, cut to their precision ("2021-12"), with the precision beside them.
 */
final class TrainingExport {

    static final ExportTable<Training> TABLE = ExportTable.of("trainings",
            ExportColumn.of("id", Training::getId),
            ExportColumn.of("ref", Training::getRef),
            ExportColumn.of("title", Training::getTitle),
            ExportColumn.of("description", Training::getDescription),
            ExportColumn.of("programme", Training::getProgramme),
            ExportColumn.of("discipline", Training::getDiscipline),
            ExportColumn.of("region", t -> t.getRegion().getCode()),
            ExportColumn.of("region_name", t -> t.getRegion().getName()),
            ExportColumn.of("parent_region", t -> parentCode(t.getRegion())),
            ExportColumn.of("country", t -> Countries.all().place(t.getCountries(), t.getUnmatchedCountry(), Locale.ENGLISH)),
            ExportColumn.of("country_codes", t -> Countries.codes(t.getCountries())),
            ExportColumn.of("location", Training::getLocation),
            ExportColumn.of("delivery_mode", Training::getDeliveryMode),
            ExportColumn.of("start", date(Training::getStart)),
            ExportColumn.of("start_precision", precision(Training::getStart)),
            ExportColumn.of("end", date(Training::getEnd)),
            ExportColumn.of("end_precision", precision(Training::getEnd)),
            ExportColumn.of("dates_as_reported", Training::getDatesAsReported),
            ExportColumn.of("trainees", t -> t.getTrainees() == null ? null : t.getTrainees().getValue()),
            ExportColumn.of("trainees_qualifier", t -> quantityQualifier(t.getTrainees())),
            ExportColumn.of("trainees_as_reported", Training::getTraineesAsReported),
            ExportColumn.of("trainee_origin", Training::getTraineeOrigin),
            ExportColumn.of("partners", Training::getPartners),
            ExportColumn.of("mission", t -> t.getMission() == null ? null : t.getMission().getAcronym()),
            ExportColumn.of("themes", t -> t.getThemes().stream()
                    .sorted(Comparator.comparingInt(A4pTheme::getSortOrder))
                    .map(A4pTheme::getCode).collect(Collectors.joining("; "))),
            ExportColumn.of("provenance", Training::getProvenance),
            ExportColumn.of("source_reliability", Training::getSourceReliability),
            ExportColumn.of("citation", t -> CitationRefs.of(t.getCitations())),
            ExportColumn.of("notes", Training::getNotes),
            ExportColumn.of("updated_at", Training::getUpdatedAt));

    private TrainingExport() {
    }

    private static String parentCode(Region region) {
        return region.getParent() == null ? null : region.getParent().getCode();
    }

    private static Object quantityQualifier(Quantity quantity) {
        return quantity == null ? null : quantity.getQualifier();
    }

    private static Function<Training, Object> date(Function<Training, PartialDate> date) {
        return t -> date.apply(t) == null ? null : date.apply(t).toIsoString();
    }

    private static Function<Training, Object> precision(Function<Training, PartialDate> date) {
        return t -> date.apply(t) == null ? null : date.apply(t).getPrecision();
    }
}
