package org.peacerecord.initiative;

import org.peacerecord.shared.LinkedRecord;

import java.util.List;

/**
 * Records of another feature that belong to an initiative (Japan's contributions to it), listed as one section of the
 * initiative's page. Provided by each such feature, so the initiative feature depends on none of them.
 */
public interface InitiativePageSection {

    /** Message key of the section heading. */
    String headingKey();

    /** The records linked to the initiative, in the order to show them; one query. */
    List<LinkedRecord> linkedToInitiative(Initiative initiative);
}
