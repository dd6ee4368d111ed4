package org.peacerecord.shared;

/**
 * The drawings of the timeline that other pages show for their own records (a mission's, a theme's): offered by the
 * timeline feature, which reads every kind of record, to pages that must not depend on it.
 */
public interface TimelineDrawings {

    /** The records of the mission with this acronym, with its mandate as the missions lane. */
    TimelineDrawing ofMission(String acronym);

    /** The records with this A4P theme. */
    TimelineDrawing ofTheme(String code);
}
