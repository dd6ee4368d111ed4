package org.peacerecord.mission;

import org.peacerecord.shared.LinkedRecord;

import java.util.List;

/**
 * Records of another feature that belong to a mission (its contributions, trainings, people,
 * milestones), listed as one section of the mission's page. Each feature provides its own, so the
 * mission feature depends on none of them; sections appear in {@code @Order} of the beans.
 */
public interface MissionPageSection {

    /** Message key of the section heading. */
    String headingKey();

    /** The records linked to the mission, in the order to show them; one query. */
    List<LinkedRecord> linkedToMission(Mission mission);

    /** Where all of them are listed, when there are more than a page section shows: the mission's timeline. */
    default String allLinkedToMission(Mission mission) {
        return "/timeline?mission=" + mission.getAcronym();
    }
}
