package org.peacerecord.training;

import org.peacerecord.country.Countries;
import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;
import org.peacerecord.region.Region;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Quantity;
import org.peacerecord.source.CitationRefs;
import org.peacerecord.theme.A4pTheme;

import java.util.Collections;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of {@code /trainings.csv} and {@code /trainings.json}. Names are stable (snake_case): readers'
 * scripts depend on them. Dates are ISO, cut to their precision ("2021-12"), with the precision beside them.
 */
final class TrainingExport {

    /**
     * A training with what its collections give the download: theme codes in A4P order, its citations as
     * {@link CitationRefs} writes them, its countries' codes. A download reads these beside the trainings (one statement
     * each), so that its rows go out as they are read; a page of the API takes them from the loaded training.
     */
    record Row(Training training, String themes, String citation, SortedSet<String> countries) {

        /** The row of a training whose themes, citations and countries are loaded. */
        static Row of(Training t) {
            return new Row(t, t.getThemes().stream()
                    .sorted(Comparator.comparingInt(A4pTheme::getSortOrder))
                    .map(A4pTheme::getCode).collect(Collectors.joining(SEPARATOR)),
                    CitationRefs.of(t.getCitations()), t.getCountries());
        }
    }

    /**
     * The collections of the trainings of a download, by training id, as columns (none: an empty text or set): read
     * beside the trainings so that no training's collections are loaded.
     */
    record CollectionColumns(Map<Long, String> themes, Map<Long, String> citations, Map<Long, SortedSet<String>> countries) {

        Row row(Training t) {
            return new Row(t, themes.getOrDefault(t.getId(), ""), citations.getOrDefault(t.getId(), ""),
                    countries.getOrDefault(t.getId(), Collections.emptySortedSet()));
        }
    }

    /** Between the theme codes of one training. */
    static final String SEPARATOR = "; ";

    static final ExportTable<Row> TABLE = ExportTable.of("trainings",
            ExportColumn.of("id", r -> r.training().getId()),
            ExportColumn.of("ref", r -> r.training().getRef()),
            ExportColumn.of("title", r -> r.training().getTitle()),
            ExportColumn.of("description", r -> r.training().getDescription()),
            ExportColumn.of("programme", r -> r.training().getProgramme()),
            ExportColumn.of("discipline", r -> r.training().getDiscipline()),
            ExportColumn.of("region", r -> r.training().getRegion().getCode()),
            ExportColumn.of("region_name", r -> r.training().getRegion().getName()),
            ExportColumn.of("parent_region", r -> parentCode(r.training().getRegion())),
            ExportColumn.of("country", r -> Countries.all().place(r.countries(), r.training().getUnmatchedCountry(),
                    Locale.ENGLISH)),
            ExportColumn.of("country_codes", r -> Countries.codes(r.countries())),
            ExportColumn.of("location", r -> r.training().getLocation()),
            ExportColumn.of("delivery_mode", r -> r.training().getDeliveryMode()),
            ExportColumn.of("start", date(Training::getStart)),
            ExportColumn.of("start_precision", precision(Training::getStart)),
            ExportColumn.of("end", date(Training::getEnd)),
            ExportColumn.of("end_precision", precision(Training::getEnd)),
            ExportColumn.of("dates_as_reported", r -> r.training().getDatesAsReported()),
            ExportColumn.of("trainees", r -> r.training().getTrainees() == null ? null
                    : r.training().getTrainees().getValue()),
            ExportColumn.of("trainees_qualifier", r -> quantityQualifier(r.training().getTrainees())),
            ExportColumn.of("trainees_as_reported", r -> r.training().getTraineesAsReported()),
            ExportColumn.of("trainee_origin", r -> r.training().getTraineeOrigin()),
            ExportColumn.of("partners", r -> r.training().getPartners()),
            ExportColumn.of("mission", r -> r.training().getMission() == null ? null
                    : r.training().getMission().getAcronym()),
            ExportColumn.of("themes", Row::themes),
            ExportColumn.of("provenance", r -> r.training().getProvenance()),
            ExportColumn.of("source_reliability", r -> r.training().getSourceReliability()),
            ExportColumn.of("citation", Row::citation),
            ExportColumn.of("notes", r -> r.training().getNotes()),
            ExportColumn.of("updated_at", r -> r.training().getUpdatedAt()));

    private TrainingExport() {
    }

    private static String parentCode(Region region) {
        return region.getParent() == null ? null : region.getParent().getCode();
    }

    private static Object quantityQualifier(Quantity quantity) {
        return quantity == null ? null : quantity.getQualifier();
    }

    private static Function<Row, Object> date(Function<Training, PartialDate> date) {
        return r -> date.apply(r.training()) == null ? null : date.apply(r.training()).toIsoString();
    }

    private static Function<Row, Object> precision(Function<Training, PartialDate> date) {
        return r -> date.apply(r.training()) == null ? null : date.apply(r.training()).getPrecision();
    }
}
