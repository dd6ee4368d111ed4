package org.peacerecord.shared;

import java.util.List;

/**
 * A section of a record's page listing records of another feature that belong to it (a mission's contributions, a
 * course's contributions): the message key of its heading and the records, in the order to show them.
 */
public record LinkedSection(String headingKey, List<LinkedRecord> records) {

    public boolean isEmpty() {
        return records.isEmpty();
    }
}
