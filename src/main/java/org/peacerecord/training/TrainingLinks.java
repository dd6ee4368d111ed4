package org.peacerecord.training;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionLinkedRecords;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.RecordLinks;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.theme.ThemeLinkedRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Trainings as the mission, theme and statement pages list them (their own pages live at /trainings/{id}). */
@Component
@Order(20)
@Transactional(readOnly = true)
class TrainingLinks implements MissionLinkedRecords, ThemeLinkedRecords, RecordLinks {

    private static final String ORDER = " order by t.start.date asc nulls last, t.title";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String headingKey() {
        return "browse.linked.trainings";
    }

    @Override
    public List<LinkedRecord> linkedToMission(Mission mission) {
        return entityManager.createQuery("select t from Training t where t.mission = :mission" + ORDER, Training.class)
                .setParameter("mission", mission)
                .getResultStream().map(TrainingLinks::link).toList();
    }

    @Override
    public List<LinkedRecord> linkedToTheme(A4pTheme theme) {
        return entityManager.createQuery("select t from Training t join t.themes th where th = :theme" + ORDER,
                        Training.class)
                .setParameter("theme", theme)
                .getResultStream().map(TrainingLinks::link).toList();
    }

    @Override
    public String countColumn() {
        return "training_count";
    }

    @Override
    public Map<Long, Long> countsByTheme() {
        return entityManager.createQuery("select th.id, count(t) from Training t join t.themes th group by th.id",
                        Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    public String recordType() {
        return "TRAINING";
    }

    @Override
    public Map<Long, LinkedRecord> linksTo(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select t from Training t where t.id in :ids", Training.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Training::getId, TrainingLinks::link));
    }

    private static LinkedRecord link(Training t) {
        String place = t.getLocation() != null ? t.getLocation() : t.getCountry();
        return new LinkedRecord("/trainings/" + t.getId(), t.getTitle(), null, "browse.linked.discipline." + t.getDiscipline(),
                t.getStart(), t.getEnd(), place);
    }
}
