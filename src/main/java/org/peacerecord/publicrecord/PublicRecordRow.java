package org.peacerecord.publicrecord;

import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Quantity;
import org.peacerecord.shared.Reliability;
import org.peacerecord.training.DeliveryMode;

/**
 * One row of the public-record TPP data set (tpp-public-record.csv), typed. Blank cells are null.
 *
 * @param id stable external key (C01, M05, …), kept as the record's ref so re-imports update: a capital letter and
 *           digits, which no record of the statement's seed uses as its ref (those are words, e.g.
 *           {@code training-demining}); the importer relies on it to find the rows a new version of the data drops
 */
public record PublicRecordRow(
        String id,
        RecordType recordType,
        String title,
        Discipline discipline,
        String unRegion,
        String country,
        String site,
        PartialDate start,
        PartialDate end,
        DeliveryMode mode,
        Quantity trainees,
        String traineesAsReported,
        String traineeOrigin,
        String partners,
        String sourceUrl,
        String sourceDate,
        String sourceSummary,
        Reliability reliability,
        String datesAsReported,
        String notes) {

    /** The form of {@link #id}. */
    public static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Z][0-9]{2,}");

    public enum RecordType {
        COURSE, MILESTONE
    }
}
