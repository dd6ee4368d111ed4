package org.peacerecord.contribution;

import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;

import java.time.ZoneOffset;

/** The columns of {@code /contributions.csv} and {@code /contributions.json}. */
final class ContributionExport {

    /** A contribution with its theme codes and sources as the download shows them. */
    record Row(Contribution contribution, String themes, String sources) {
    }

    static final ExportTable<Row> TABLE = ExportTable.of("contributions",
            ExportColumn.of("id", r -> r.contribution().getId()),
            ExportColumn.of("kind", r -> r.contribution().getKind()),
            ExportColumn.of("title", r -> r.contribution().getTitle()),
            ExportColumn.of("description", r -> r.contribution().getDescription()),
            ExportColumn.of("start", r -> r.contribution().getStart() == null ? null : r.contribution().getStart().toIsoString()),
            ExportColumn.of("start_precision", r -> r.contribution().getStart() == null ? null
                    : r.contribution().getStart().getPrecision()),
            ExportColumn.of("end", r -> r.contribution().getEnd() == null ? null : r.contribution().getEnd().toIsoString()),
            ExportColumn.of("end_precision", r -> r.contribution().getEnd() == null ? null
                    : r.contribution().getEnd().getPrecision()),
            ExportColumn.of("amount", r -> r.contribution().getAmount() == null ? null : r.contribution().getAmount().getAmount()),
            ExportColumn.of("amount_currency", r -> r.contribution().getAmount() == null ? null : r.contribution().getAmount().getCurrency()),
            ExportColumn.of("amount_qualifier", r -> r.contribution().getAmount() == null ? null : r.contribution().getAmount().getQualifier()),
            ExportColumn.of("headcount", r -> r.contribution().getHeadcount() == null ? null : r.contribution().getHeadcount().getValue()),
            ExportColumn.of("headcount_qualifier", r -> r.contribution().getHeadcount() == null ? null : r.contribution().getHeadcount().getQualifier()),
            ExportColumn.of("mission", r -> r.contribution().getMission() == null ? null : r.contribution().getMission().getAcronym()),
            ExportColumn.of("region_code", r -> r.contribution().getRegion() == null ? null : r.contribution().getRegion().getCode()),
            ExportColumn.of("training_id", r -> r.contribution().getTraining() == null ? null : r.contribution().getTraining().getId()),
            ExportColumn.of("initiative_id", r -> r.contribution().getInitiative() == null ? null : r.contribution().getInitiative().getId()),
            ExportColumn.of("themes", Row::themes),
            ExportColumn.of("sources", Row::sources),
            ExportColumn.of("updated_at", r -> r.contribution().getUpdatedAt() == null ? null
                    : r.contribution().getUpdatedAt().atOffset(ZoneOffset.UTC).toString()));

    private ContributionExport() {
    }
}
