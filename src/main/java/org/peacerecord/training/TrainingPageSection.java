package org.peacerecord.training;

import org.peacerecord.shared.LinkedRecord;

import java.util.List;

/**
 * Records of another feature that belong to a training course (Japan's contributions to it), listed as one section
 * of the course's page. Provided by each such feature, so the training feature depends on none of them.
 */
public interface TrainingPageSection {

    /** Message key of the section heading. */
    String headingKey();

    /** The records linked to the training, in the order to show them; one query. */
    List<LinkedRecord> linkedToTraining(Training training);
}
