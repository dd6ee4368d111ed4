package org.peacerecord.source;

import org.peacerecord.shared.LinkedRecord;

import java.util.Collection;
import java.util.Map;

/**
 * Links to the records of one type by id: the statement page lists the records citing each passage
 * with them, and the search its results. Each feature provides its own, so provenance (and search)
 * need no feature's internals.
 */
public interface RecordLinks {

    /** The {@code record_type} of this feature in the {@code record_citation} view (MISSION, CONTRIBUTION, …). */
    String recordType();

    /** Links to the records with these ids (unknown ids are absent); one query whatever their number. */
    Map<Long, LinkedRecord> linksTo(Collection<Long> ids);
}
