package org.peacerecord.training;

import org.peacerecord.shared.PartialDate;
import org.peacerecord.theme.A4pTheme;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A training with everything its page shows loaded: region and parent, mission, themes in A4P order, citations. */
record TrainingDetail(Training training, List<A4pTheme> themes) {

    /** The day of the last change (UTC). */
    public PartialDate updated() {
        return PartialDate.ofDay(LocalDate.ofInstant(training.getUpdatedAt(), ZoneOffset.UTC));
    }
}
