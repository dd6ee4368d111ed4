package org.peacerecord.person;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionLinkedRecords;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.RecordLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** People as the mission and statement pages list them; those remembered in memoriam say so. */
@Component
@Order(30)
@Transactional(readOnly = true)
class PersonLinks implements MissionLinkedRecords, RecordLinks {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String headingKey() {
        return "browse.linked.people";
    }

    @Override
    public List<LinkedRecord> linkedToMission(Mission mission) {
        return entityManager.createQuery("select p from Person p where p.mission = :mission order by p.name", Person.class)
                .setParameter("mission", mission)
                .getResultStream().map(PersonLinks::link).toList();
    }

    @Override
    public String recordType() {
        return "PERSON";
    }

    @Override
    public Map<Long, LinkedRecord> linksTo(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Person::getId, PersonLinks::link));
    }

    private static LinkedRecord link(Person p) {
        return new LinkedRecord("/people/" + p.getId(), p.getName(), p.getNameJa(), null, null, null, p.getRole(),
                p.isInMemoriam());
    }
}
