package org.peacerecord.training;

import org.peacerecord.shared.LinkedSection;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.theme.A4pTheme;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A training with everything its page shows loaded: region and parent, mission, themes in A4P order, citations; and
 * the sections of records of other features that belong to it (Japan's contributions to the course).
 */
public record TrainingDetail(Training training, List<A4pTheme> themes, List<LinkedSection> sections) {

    /** The day of the last change (UTC). */
    public PartialDate updated() {
        return PartialDate.ofDay(LocalDate.ofInstant(training.getUpdatedAt(), ZoneOffset.UTC));
    }
}
