package org.peacerecord.training;

import org.peacerecord.country.CountryMap;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Provenance;
import org.peacerecord.shared.Quantity;
import org.springframework.data.domain.Page;

import java.util.List;
import java.util.Locale;

/**
 * One page of the trainings list with the facets of the whole filtered result, and the map of where the trainings
 * matching every filter but the country were held.
 */
record TrainingResults(TrainingFilter filter, Page<Training> page, TrainingFacets facets, CountryMap map) {

    /** The page's trainings as the list shows them in this language ({@link Row}). */
    public List<Row> rows(Locale locale) {
        return page.getContent().stream().map(training -> Row.of(training, locale)).toList();
    }

    /**
     * A training as the list shows it, its region named in the reader's language. Values, not the entity: the list
     * renders each row once for equal values and language ({@code pr:replace-cached}), which takes no entities.
     */
    public record Row(long id, String title, Provenance provenance, PartialDate start, PartialDate end, String region,
               Discipline discipline, DeliveryMode deliveryMode, Quantity trainees) {

        static Row of(Training training, Locale locale) {
            return new Row(training.getId(), training.getTitle(), training.getProvenance(), training.getStart(),
                    training.getEnd(), training.getRegion() == null ? null : training.getRegion().getDisplayName(locale),
                    training.getDiscipline(),
                    training.getDeliveryMode(), training.getTrainees());
        }
    }
}
