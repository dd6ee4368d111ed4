package org.peacerecord.contribution;

import org.peacerecord.shared.LinkedRecord;

import java.util.List;

/**
 * Records of another feature that refer to a contribution (the milestone that marks it), listed as one section of
 * the contribution's page. Provided by each such feature, so the contribution feature depends on none of them.
 */
public interface ContributionPageSection {

    /** Message key of the section heading. */
    String headingKey();

    /** The records linked to the contribution, in the order to show them; one query. */
    List<LinkedRecord> linkedToContribution(Contribution contribution);
}
