package org.peacerecord.training;

import jakarta.persistence.EntityManager;
import org.peacerecord.country.Countries;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionPageSection;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.source.RecordType;
import org.peacerecord.source.StructuredData;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.theme.ThemePageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Trainings as a record type, and as sections of the mission and theme pages. */
@Component
@Order(20)
class TrainingType implements RecordType<Training>, MissionPageSection, ThemePageSection {

    private final EntityManager entityManager;

    TrainingType(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String code() {
        return "TRAINING";
    }

    @Override
    public String key() {
        return "training";
    }

    @Override
    public Class<Training> entityType() {
        return Training.class;
    }

    @Override
    public LinkedRecord link(Training t) {
        String place = t.getLocation() != null ? t.getLocation() : t.getUnmatchedCountry();
        return new LinkedRecord("/trainings/" + t.getId(), t.getTitle(), null,
                "enum.Discipline." + t.getDiscipline(), t.getStart(), t.getEnd(), place);
    }

    /** Wherever other pages list trainings (the search, linked sections): ix_training_start_title on PostgreSQL. */
    @Override
    public String order() {
        return "e.start.date asc nulls last, upper(e.title), e.id";
    }

    @Override
    public String listPage() {
        return "trainings";
    }

    @Override
    public String chartDate() {
        return "coalesce(e.start.date, e.end.date)";
    }

    @Override
    public String timelineEntries() {
        return ALL_RECORDS;
    }

    @Override
    public String headingKey() {
        return "type.training.plural";
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedToMission(Mission mission) {
        return entityManager.createQuery("select e from Training e where e.mission = :mission order by " + order(),
                        Training.class)
                .setParameter("mission", mission)
                .setMaxResults(LinkedSection.FETCHED).getResultStream().map(this::link).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedToTheme(A4pTheme theme) {
        return entityManager.createQuery(
                        "select e from Training e join e.themes th where th = :theme order by " + order(),
                        Training.class)
                .setParameter("theme", theme)
                .setMaxResults(LinkedSection.FETCHED).getResultStream().map(this::link).toList();
    }

    @Override
    public String countColumn() {
        return "training_count";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> countsByTheme() {
        return entityManager.createQuery("select th.id, count(t) from Training t join t.themes th group by th.id",
                        Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** A training course is an event: where, when, in person or online. */
    @Override
    public Map<String, Object> structuredData(Training t) {
        Map<String, Object> event = StructuredData.properties("@type", "Event", "description", t.getDescription(),
                "startDate", t.getStart(), "endDate", t.getEnd());
        if (t.getDeliveryMode() != null) {
            event.put("eventAttendanceMode", switch (t.getDeliveryMode()) {
                case IN_PERSON -> "https://schema.org/OfflineEventAttendanceMode";
                case REMOTE -> "https://schema.org/OnlineEventAttendanceMode";
                case MIXED -> "https://schema.org/MixedEventAttendanceMode";
            });
        }
        String country = Countries.all().place(t.getCountries(), t.getUnmatchedCountry(), Locale.ENGLISH);
        if (t.getLocation() != null || country != null) {
            event.put("location", StructuredData.properties("@type", "Place", "name", t.getLocation(),
                    "address", country == null ? null : StructuredData.properties("@type", "PostalAddress", "addressCountry", country)));
        }
        return event;
    }
}
